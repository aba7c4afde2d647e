package app.rapport.ui;

import javafx.stage.FileChooser;

/** A file chooser for Rapport database files (and, as a second choice, any file), titled {@code title}. */
public final class DatabaseFiles {

    private DatabaseFiles() {
    }

    public static FileChooser chooser(Texts texts, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("problem.fileType"), "*.db", "*.sqlite", "*.rapport"),
                new FileChooser.ExtensionFilter(texts.get("problem.anyFile"), "*"));
        return chooser;
    }
}
