package app.rapport.service.exports;

import java.util.List;
import java.util.Map;

/** Reading a stored row ({@link app.rapport.store.ArchiveDao}) by field name, for the card and spreadsheet writers. */
final class Fields {

    private Fields() {
    }

    static String text(Map<String, Object> row, String field) {
        Object value = row.get(field);
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    static List<String> texts(Map<String, Object> row, String field) {
        Object value = row.get(field);
        return value == null ? List.of() : (List<String>) value;
    }

    static boolean flag(Map<String, Object> row, String field) {
        return Boolean.TRUE.equals(row.get(field));
    }
}
