package app.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered schema scripts, in order. Script N brings the schema from version N-1 to N; the version reached is
 * recorded in {@code PRAGMA user_version}. Scripts are never edited once released: a change is a new script.
 */
final class Migrations {

    private static final List<String> SCRIPTS = List.of(
            "V1__contacts_impressions_interactions.sql",
            "V2__stay_in_touch_snooze.sql",
            "V3__introductions.sql",
            "V4__help_received_by_day.sql",
            "V5__meetings.sql",
            "V6__last_interaction.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** The statements of the script that brings the schema to {@code version} (1-based). */
    static List<String> statementsFor(int version) {
        String name = SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + name);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script on semicolons that end a line; lines starting with -- are comments. A trigger's body therefore
     * ends its statements mid-line (V6 closes each with "...; END;").
     */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
