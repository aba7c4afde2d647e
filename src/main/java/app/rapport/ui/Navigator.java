package app.rapport.ui;

import app.rapport.store.Backups.Backup;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Lets one screen open what another shows: a board card opens the contact on the Contacts screen. */
public final class Navigator {

    private LongConsumer contactOpener = id -> { };
    private Runnable newContact = () -> { };
    private Consumer<String> linkOpener = link -> { };
    private LongConsumer meetingPreparer = id -> { };
    private LongConsumer introductionOpener = id -> { };
    private Runnable newMeeting = () -> { };
    private Consumer<Backup> backupRestorer = backup -> { };
    private Consumer<Path> databaseMover = file -> { };

    /** Set by the main window, which knows the screens. */
    public void onOpenContact(LongConsumer opener) {
        this.contactOpener = opener;
    }

    /** Set by the main window, which knows the screens. */
    public void onNewContact(Runnable action) {
        this.newContact = action;
    }

    /** Set by the main window, which knows the screens. */
    public void onPrepareMeeting(LongConsumer preparer) {
        this.meetingPreparer = preparer;
    }

    /** Switches to the Meetings screen showing the briefing of the meeting with {@code meetingId}. */
    public void prepareMeeting(long meetingId) {
        meetingPreparer.accept(meetingId);
    }

    /** Set by the main window, which knows the screens. */
    public void onOpenIntroduction(LongConsumer opener) {
        this.introductionOpener = opener;
    }

    /** Switches to the Introductions screen showing the introduction with {@code introductionId}. */
    public void openIntroduction(long introductionId) {
        introductionOpener.accept(introductionId);
    }

    /** Set by the main window, which knows the screens. */
    public void onNewMeeting(Runnable action) {
        this.newMeeting = action;
    }

    /** Switches to the Meetings screen and starts a new meeting. */
    public void newMeeting() {
        newMeeting.run();
    }

    /** Set by the app: hands links (mailto:, https:) to the desktop. */
    public void onOpenLink(Consumer<String> opener) {
        this.linkOpener = opener;
    }

    /** Opens a link with the desktop's handler: the mail client for {@code mailto:}. */
    public void openLink(String link) {
        linkOpener.accept(link);
    }

    /** Switches to the Contacts screen showing the contact with {@code contactId}. */
    public void openContact(long contactId) {
        contactOpener.accept(contactId);
    }

    /** Switches to the Contacts screen and starts a new contact, as Ctrl+N does. */
    public void newContact() {
        newContact.run();
    }

    /** Set by the app, which owns the open database. */
    public void onRestoreBackup(Consumer<Backup> restorer) {
        this.backupRestorer = restorer;
    }

    /**
     * Closes the database, puts {@code backup} in its place (the current file is kept beside it, renamed) and opens
     * it in a new window on the same stage. The user has confirmed.
     */
    public void restoreBackup(Backup backup) {
        backupRestorer.accept(backup);
    }

    /** Set by the app, which owns the open database. */
    public void onMoveDatabase(Consumer<Path> mover) {
        this.databaseMover = mover;
    }

    /** Moves the open database to {@code file} and reopens it there. The user has confirmed. */
    public void moveDatabase(Path file) {
        databaseMover.accept(file);
    }
}
