package app.rapport;

import javafx.application.Application;

import java.time.Clock;
import java.util.List;

/**
 * The main class. It does not extend {@link Application}, so the jar also starts from the class path.
 * It reads the command line and either runs a command ({@code backup}, {@code restore}, {@code check}: see {@link Cli})
 * without starting JavaFX, or opens the database (off the JavaFX thread) and then starts the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("rapport: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(64);
            return;
        }
        if (commandLine.help()) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        if (commandLine.command() != CommandLine.Command.WINDOW) {
            // backup, restore, check: no window, and nothing of JavaFX is started
            System.exit(Cli.execute(commandLine, DataFolder.forThisUser(), Clock.systemUTC(), System.out, System.err));
            return;
        }
        openWindow(commandLine, args);
    }

    private static void openWindow(CommandLine commandLine, String[] args) {
        Startup startup = Startup.open(commandLine, DataFolder.forThisUser());
        if (!startup.opened()) {
            System.err.println("rapport: " + startup.problem().getMessage());
        }
        RapportApp.begin(startup);
        Application.launch(RapportApp.class, args);
        System.exit(RapportApp.exitCode());
    }
}
