package app.rapport.ui;

import app.rapport.model.ImpressionKind;
import app.rapport.model.InteractionKind;
import app.rapport.model.RelationshipStage;
import javafx.util.StringConverter;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-visible text of the app, from the resource bundle, and how values are written for people. */
public final class Texts {

    public static final String BUNDLE = "app.rapport.ui.messages";

    private final ResourceBundle bundle;
    private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private final DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    public Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Texts load() {
        return new Texts(ResourceBundle.getBundle(BUNDLE, Locale.getDefault()));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {0}, {1}... filled in from {@code arguments}. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }

    public String stage(RelationshipStage stage) {
        return get("stage." + stage.name());
    }

    public String kind(ImpressionKind kind) {
        return get("impression." + kind.name());
    }

    public String kind(InteractionKind kind) {
        return get("interaction." + kind.name());
    }

    /** What went wrong, in words a user can act on: the failure's own message, or its kind when it has none. */
    public String describe(Throwable error) {
        if (error instanceof java.nio.file.FileSystemException files && files.getReason() == null) {
            // the JDK's file errors carry only the path: say what happened to it
            String what = error instanceof java.nio.file.NoSuchFileException ? "error.file.missing"
                    : error instanceof java.nio.file.AccessDeniedException ? "error.file.denied"
                    : error instanceof java.nio.file.FileAlreadyExistsException ? "error.file.exists"
                    : error instanceof java.nio.file.NotDirectoryException ? "error.file.notFolder"
                    : null;
            if (what != null) {
                return get(what, files.getFile());
            }
        }
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? get("error.unexpected", cause.getClass().getSimpleName()) : message;
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** A file size: 212 KB, 3.4 MB. */
    public String size(long bytes) {
        return app.rapport.store.Backups.readableSize(bytes);
    }

    /** An instant as the user's local date and time, e.g. "Nov 23, 2026, 10:15 AM". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : moments.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A combo-box converter that shows enum values in the user's words. */
    public <E extends Enum<E>> StringConverter<E> converter(java.util.function.Function<E, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public E fromString(String string) {
                throw new UnsupportedOperationException("Choose from the list");
            }
        };
    }
}
