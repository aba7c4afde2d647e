package app.rapport.service.imports;

import app.rapport.store.Database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Every row of every table (the full-text index's own tables too) as one SHA-256, with the row counts: two equal
 * digests mean nothing was written in between.
 */
final class DatabaseDigest {

    private DatabaseDigest() {
    }

    static String of(Database database) {
        return database.transaction(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            StringBuilder counts = new StringBuilder();
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = rs.getObject(i);
                            row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value)
                                    .append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                digest.update(table.getBytes(StandardCharsets.UTF_8));
                rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
                counts.append(table).append('=').append(rows.size()).append(' ');
            }
            return counts + HexFormat.of().formatHex(digest.digest());
        });
    }
}
