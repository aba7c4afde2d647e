package app.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A file as an older Rapport left it: the first migration scripts only, marked with that schema version. */
public final class OlderDatabase {

    private OlderDatabase() {
    }

    /** Creates {@code file} at schema {@code version} with one contact, Ana Silva. */
    public static Path atVersion(Path file, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int v = 1; v <= version; v++) {
                for (String sql : Migrations.statementsFor(v)) {
                    s.executeUpdate(sql);
                }
            }
            s.executeUpdate("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = " + version);
            s.executeUpdate("""
                    INSERT INTO contact (id, name, stage, sort_name, met_on, created_at, updated_at)
                    VALUES (7, 'Ana Silva', 'LIKE', 'ana silva', '2024-01-10', '2024-01-10T09:00:00Z',
                            '2024-01-10T09:00:00Z')""");
        }
        return file;
    }
}
