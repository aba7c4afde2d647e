package app.rapport;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folder where Rapport keeps its data, following each OS's convention:
 * {@code $XDG_DATA_HOME/rapport} or {@code ~/.local/share/rapport} on Linux, {@code %APPDATA%\Rapport} on Windows,
 * {@code ~/Library/Application Support/Rapport} on macOS.
 */
public record DataFolder(Path path) {

    public static DataFolder forThisUser() {
        return of(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static DataFolder of(String osName, String home, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return new DataFolder(base.resolve("Rapport"));
        }
        if (os.contains("mac")) {
            return new DataFolder(Path.of(home, "Library", "Application Support", "Rapport"));
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return new DataFolder(base.resolve("rapport"));
    }
}
