package app.rapport.ui;

import app.rapport.model.ContactSummary;
import app.rapport.service.ContactBook;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * Picking a contact by typing their name: suggestions come from the store (off the JavaFX thread, through the
 * app's background executor), shown with organisation and role so two people of the same name can be told apart.
 */
public final class ContactNames {

    private static final System.Logger LOG = System.getLogger(ContactNames.class.getName());
    private static final int SUGGESTIONS = 8;

    private ContactNames() {
    }

    /**
     * Offers contacts whose names match what is typed in {@code field}; {@code picked} gets the one chosen.
     *
     * @param leaveOut contacts not to offer (the contact being edited, the other side of an introduction)
     */
    public static AutoCompletionBinding<ContactSummary> suggest(TextField field, AppContext context,
                                                                LongPredicate leaveOut,
                                                                Consumer<ContactSummary> picked) {
        ContactBook book = context.contacts();
        AutoCompletionBinding<ContactSummary> binding = TextFields.bindAutoCompletion(field, request -> {
            try {
                return context.background().await(() -> book.findByName(request.getUserText(), SUGGESTIONS))
                        .stream().filter(candidate -> !leaveOut.test(candidate.id())).toList();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Name suggestions failed", e);
                return List.of();
            }
        }, new StringConverter<>() {
            @Override
            public String toString(ContactSummary contact) {
                return describe(context.texts(), contact);
            }

            @Override
            public ContactSummary fromString(String string) {
                return null;
            }
        });
        binding.setOnAutoCompleted(event -> picked.accept(event.getCompletion()));
        return binding;
    }

    /** "Ana Sousa — Bookkeeper · Sousa Bookkeeping", or the name alone. */
    public static String describe(Texts texts, ContactSummary contact) {
        String sub = subtitle(contact.organisation(), contact.role());
        return sub.isEmpty() ? contact.name() : texts.get("suggestion", contact.name(), sub);
    }

    /** "Bookkeeper · Sousa Bookkeeping", or whichever of the two is known. */
    public static String subtitle(String organisation, String role) {
        if (organisation.isEmpty()) {
            return role;
        }
        return role.isEmpty() ? organisation : role + " · " + organisation;
    }
}
