package app.rapport.service.exports;

import app.rapport.store.ArchiveDao;
import app.rapport.store.Database;
import app.rapport.store.StoreException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A complete archive of everything the user stored, as one JSON file, that restores into an empty database exactly:
 * the same rows in every table, with the same ids. Written and read with Jackson's streaming generator and parser, a
 * row at a time, so its size is bound by the disk, not by memory.
 *
 * <h2>The format ({@value #FORMAT}, version {@value #VERSION})</h2>
 * One object, its fields in this order (the reader insists on the order, so that it can check references as it
 * goes and tell how far it has come):
 * <pre>
 * {
 *   "format": "rapport-archive", "version": 1,
 *   "schemaVersion": 6,                        the database schema the data comes from
 *   "exportedAt": "2025-06-11T09:30:00Z",
 *   "includesConfidential": false,             when false, confidential impressions and timeline entries
 *   "confidentialLeftOut": {"impressions": 3, "interactions": 5},   were left out, and how many
 *   "counts": {"tags": 40, "contacts": 60, "interactions": 700, "introductions": 9, "meetings": 5},
 *   "tags": [{"id", "name"}],
 *   "contacts": [{"id", "name", "organisation", "role", "link", "city", "howWeMet", "whereWeMet", "metOn",
 *                 "introducedBy", "needs", "offers", "notes", "stage", "stayInTouchDays", "archived",
 *                 "createdAt", "updatedAt", "emails": [...], "phones": [...], "tags": [names],
 *                 "snoozedUntil",
 *                 "impressions": [{"id", "kind", "text", "notedOn", "confidential", "decision", "decidedOn"}],
 *                 "stageHistory": [{"id", "from", "to", "changedOn", "reason"}]}],
 *   "interactions": [{"id", "kind", "happenedOn", "summary", "notes", "confidential", "followUpOn",
 *                     "contacts": [ids]}],
 *   "introductions": [{"id", "contactA", "contactB", "whyA", "whyB", "note", "sideA", "askedA", "answeredA",
 *                      "sideB", "askedB", "answeredB", "introducedOn", "outcome", "outcomeOn", "followUpOn",
 *                      "plannedOn"}],
 *   "meetings": [{"id", "title", "startsAt", "place", "notes", "attendees": [{"contact", "position"}]}]
 * }
 * </pre>
 * It is laid out with each field of the archive, and each row of a section, on a line of its own
 * ({@link OneRowPerLine}). Every field is always present ({@code null} when there is no value). Dates, moments and
 * stages are the text the database holds. What the database derives is not in the archive and is made again on
 * restore: the sort key of a name, the search index, and each contact's latest interaction day.
 *
 * <p>A restore refuses, changing nothing, anything it cannot take exactly: a database that is not empty, a file that
 * is not an archive, a newer format or schema, damaged or cut-off JSON, a missing or unknown field, a value of the
 * wrong kind or too long, an id used twice, a reference to a contact not in the archive, or counts that do not match.
 * The message says where, e.g. {@code contacts[12].name: missing}.
 */
public final class JsonArchive {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "rapport-archive";
    /** The version of this format this class writes and reads. */
    public static final int VERSION = 1;

    private static final List<String> SECTIONS = List.of("tags", "contacts", "interactions", "introductions",
            "meetings");
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** What a restore put back. */
    public record Restored(long tags, long contacts, long interactions, long introductions, long meetings,
                           boolean includedConfidential) {
    }

    private JsonArchive() {
    }

    // ------------------------------------------------------------------------------------------------- writing

    /**
     * Writes the whole database to {@code file} (replacing it only once complete): every contact, archived ones
     * too; confidential impressions and timeline entries only when {@code includeConfidential}.
     *
     * @return how many items were written and how many confidential ones left out
     * @throws ExportCancelledException when {@code cancelled} says so; no file is left behind
     */
    public static ExportResult write(Database database, Path file, boolean includeConfidential, Clock clock,
                                     ExportProgress progress, BooleanSupplier cancelled) throws IOException {
        ArchiveDao archive = database.archive();
        ArchiveDao.Selection selection = new ArchiveDao.Selection(true, includeConfidential, true);
        long[] result = new long[2];
        ExportFile.write(database, file, out -> {
            ArchiveDao.Counts counts = archive.counts(selection);
            Steps steps = new Steps(counts.contacts() + counts.interactions() + counts.introductions()
                    + counts.meetings(), progress, cancelled);
            JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.setPrettyPrinter(new OneRowPerLine());
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeNumberField("schemaVersion", database.schemaVersion());
            json.writeStringField("exportedAt", Instant.now(clock).toString());
            json.writeBooleanField("includesConfidential", includeConfidential);
            json.writeObjectFieldStart("confidentialLeftOut");
            json.writeNumberField("impressions", counts.confidentialImpressionsLeftOut());
            json.writeNumberField("interactions", counts.confidentialInteractionsLeftOut());
            json.writeEndObject();
            json.writeObjectFieldStart("counts");
            json.writeNumberField("tags", counts.tags());
            json.writeNumberField("contacts", counts.contacts());
            json.writeNumberField("interactions", counts.interactions());
            json.writeNumberField("introductions", counts.introductions());
            json.writeNumberField("meetings", counts.meetings());
            json.writeEndObject();
            section(json, "tags", visitor -> archive.forEachTag(visitor), null);
            section(json, "contacts", visitor -> archive.forEachContact(selection, visitor), steps);
            section(json, "interactions", visitor -> archive.forEachInteraction(selection, visitor), steps);
            section(json, "introductions", archive::forEachIntroduction, steps);
            section(json, "meetings", archive::forEachMeeting, steps);
            json.writeEndObject();
            json.flush();
            result[0] = steps.count();
            result[1] = counts.confidentialImpressionsLeftOut() + counts.confidentialInteractionsLeftOut();
        });
        return new ExportResult(ExportFormat.JSON, file, result[0], result[1]);
    }

    private static void section(JsonGenerator json, String name, Consumer<Consumer<Map<String, Object>>> rows,
                                Steps steps) throws IOException {
        json.writeArrayFieldStart(name);
        rows.accept(row -> {
            if (steps != null) {
                steps.checkCancelled();
            }
            try {
                value(json, row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (steps != null) {
                steps.done();
            }
        });
        json.writeEndArray();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                json.writeFieldName(field.getKey().toString());
                value(json, field.getValue());
            }
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("Cannot write " + value.getClass());
        }
    }

    // ------------------------------------------------------------------------------------------------- reading

    /**
     * Restores the archive in {@code file} into {@code database}, which must be empty, in one transaction: all of
     * it, with its ids, or (on any problem, or when cancelled) nothing.
     *
     * @throws ArchiveRefusedException saying why and where, when the database is not empty or the archive cannot be
     *                                 restored exactly
     * @throws ExportCancelledException when {@code cancelled} says so
     */
    public static Restored restoreInto(Database database, Path file, ExportProgress progress,
                                       BooleanSupplier cancelled) {
        ArchiveDao archive = database.archive();
        String stored = archive.whatIsStored();
        if (stored != null) {
            throw new ArchiveRefusedException("An archive is only restored into an empty database, and "
                    + database.file().getFileName() + " already holds " + stored + ". Nothing was changed.");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser parser = JSON.createParser(in)) {
            Reader reader = new Reader(parser, archive, progress, cancelled);
            try {
                return database.transaction(connection -> {
                    archive.beginRestore();
                    return reader.read();
                });
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof JsonEOFException eof) {
                    throw refused(file, "it ends too early, as if cut off (" + where(eof.getLocation())
                            + reader.place() + ")", eof);
                }
                if (e.getCause() instanceof JsonProcessingException bad) {
                    throw refused(file, "it is not valid JSON at " + where(bad.getLocation()) + reader.place() + ": "
                            + bad.getOriginalMessage(), bad);
                }
                throw refused(file, "it cannot be read: " + e.getCause().getMessage(), e);
            } catch (ArchiveDao.BadField e) {
                String where = reader.path(e.field());
                throw refused(file, (where.isEmpty() ? "" : where + ": ") + e.getMessage(), e);
            } catch (StoreException e) {
                throw refused(file, "it cannot be stored: " + e.getMessage(), e);
            } finally {
                archive.endRestore();
            }
        } catch (NoSuchFileException e) {
            throw new ArchiveRefusedException(file + " does not exist.", e);
        } catch (IOException e) {
            throw new ArchiveRefusedException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static ArchiveRefusedException refused(Path file, String why, Throwable cause) {
        return new ArchiveRefusedException("Cannot restore " + file.getFileName() + ": " + why
                + ". Nothing was changed.", cause);
    }

    private static String where(JsonLocation location) {
        return location == null ? "an unknown place" : "line " + location.getLineNr() + ", column "
                + location.getColumnNr();
    }

    /** Reads one archive, field by field, storing each row as soon as it is read. */
    private static final class Reader {
        private final JsonParser parser;
        private final ArchiveDao archive;
        private final ExportProgress progress;
        private final BooleanSupplier cancelled;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final Map<String, Long> read = new LinkedHashMap<>();
        private final List<Object[]> introducedBy = new ArrayList<>();
        private Steps steps;
        private String section = "";
        private long index = -1;
        private boolean includedConfidential;

        Reader(JsonParser parser, ArchiveDao archive, ExportProgress progress, BooleanSupplier cancelled) {
            this.parser = parser;
            this.archive = archive;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        /** Where a field is: "contacts[12].name", or the field alone outside the sections. */
        String path(String field) {
            String item = section.isEmpty() ? "" : index < 0 ? section : section + "[" + index + "]";
            if (field == null || field.isEmpty()) {
                return item;
            }
            return item.isEmpty() ? field : item + (field.startsWith("[") ? "" : ".") + field;
        }

        /** ", in contacts[12]" while inside a section. */
        String place() {
            return section.isEmpty() ? "" : ", in " + path("");
        }

        Restored read() {
            try {
                return readArchive();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Restored readArchive() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ArchiveDao.BadField("", "the file is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ArchiveDao.BadField("", "it is not a Rapport archive (it does not start with '{')");
            }
            List<String> header = List.of("format", "version", "schemaVersion", "exportedAt", "includesConfidential",
                    "confidentialLeftOut", "counts");
            int next = 0;
            List<String> order = new ArrayList<>(header);
            order.addAll(SECTIONS);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                int at = order.indexOf(field);
                if (at < 0) {
                    throw new ArchiveDao.BadField(field, "not a field this version of Rapport knows");
                }
                if (at < next) {
                    throw new ArchiveDao.BadField(field, "out of order: it must come before " + order.get(next - 1));
                }
                if (at > next) {
                    throw new ArchiveDao.BadField(order.get(next), "missing (expected before " + field + ")");
                }
                next = at + 1;
                parser.nextToken();
                switch (field) {
                    case "format" -> {
                        Object format = readValue();
                        if (!FORMAT.equals(format)) {
                            throw new ArchiveDao.BadField(field, "this is not a Rapport archive (format " + format
                                    + ", expected " + FORMAT + ")");
                        }
                    }
                    case "version" -> {
                        Object version = readValue();
                        if (!(version instanceof Long number)) {
                            throw new ArchiveDao.BadField(field, "expected a whole number");
                        }
                        if (number != VERSION) {
                            throw new ArchiveDao.BadField(field, "archive format version " + number
                                    + (number > VERSION ? " is newer than" : " is not one") + " this Rapport reads ("
                                    + VERSION + ")");
                        }
                    }
                    case "schemaVersion" -> {
                        Object schema = readValue();
                        if (!(schema instanceof Long number) || number < 1) {
                            throw new ArchiveDao.BadField(field, "expected a schema version (a whole number)");
                        }
                        if (number > Database.latestSchemaVersion()) {
                            throw new ArchiveDao.BadField(field, "the archive was written by a newer Rapport (schema "
                                    + number + "; this one knows up to " + Database.latestSchemaVersion()
                                    + "). Update Rapport to restore it");
                        }
                    }
                    case "exportedAt" -> {
                        if (!(readValue() instanceof String)) {
                            throw new ArchiveDao.BadField(field, "expected text");
                        }
                    }
                    case "includesConfidential" -> {
                        if (!(readValue() instanceof Boolean flag)) {
                            throw new ArchiveDao.BadField(field, "expected true or false");
                        }
                        includedConfidential = flag;
                    }
                    case "confidentialLeftOut" -> {
                        if (!(readValue() instanceof Map)) {
                            throw new ArchiveDao.BadField(field, "expected an object");
                        }
                    }
                    case "counts" -> readCounts();
                    default -> readSection(field);
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new ArchiveDao.BadField("", "expected a field name at " + where(parser.currentLocation()));
            }
            if (next < order.size()) {
                throw new ArchiveDao.BadField(order.get(next), "missing");
            }
            if (parser.nextToken() != null) {
                throw new ArchiveDao.BadField("", "there is more after the archive's end, at "
                        + where(parser.currentLocation()));
            }
            archive.checkReferences();
            return new Restored(read.get("tags"), read.get("contacts"), read.get("interactions"),
                    read.get("introductions"), read.get("meetings"), includedConfidential);
        }

        private void readCounts() throws IOException {
            if (!(readValue() instanceof Map<?, ?> given)) {
                throw new ArchiveDao.BadField("counts", "expected an object");
            }
            for (String name : SECTIONS) {
                if (!(given.get(name) instanceof Long count) || count < 0) {
                    throw new ArchiveDao.BadField("counts." + name, given.containsKey(name)
                            ? "expected a whole number" : "missing");
                }
                counts.put(name, count);
            }
            for (Object name : given.keySet()) {
                if (!SECTIONS.contains(name.toString())) {
                    throw new ArchiveDao.BadField("counts." + name, "not a field this version of Rapport knows");
                }
            }
            steps = new Steps(counts.get("contacts") + counts.get("interactions") + counts.get("introductions")
                    + counts.get("meetings"), progress, cancelled);
        }

        @SuppressWarnings("unchecked")
        private void readSection(String name) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new ArchiveDao.BadField(name, "expected a list");
            }
            section = name;
            index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new JsonEOFException(parser, null, "the archive ends inside " + name);
                }
                if (!name.equals("tags")) {
                    steps.checkCancelled();
                }
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new ArchiveDao.BadField("", "expected an object");
                }
                Map<String, Object> row = (Map<String, Object>) readValue();
                switch (name) {
                    case "tags" -> archive.insertTag(row);
                    case "contacts" -> {
                        archive.insertContact(row);
                        if (row.get("introducedBy") != null) {
                            introducedBy.add(new Object[]{index, row.get("introducedBy")});
                        }
                    }
                    case "interactions" -> archive.insertInteraction(row);
                    case "introductions" -> archive.insertIntroduction(row);
                    default -> archive.insertMeeting(row);
                }
                if (!name.equals("tags")) {
                    steps.done();
                }
                index++;
            }
            if (name.equals("contacts")) {
                for (Object[] reference : introducedBy) {
                    if (!archive.hasContact((Long) reference[1])) {
                        index = (Long) reference[0];
                        throw new ArchiveDao.BadField("introducedBy", "no contact with id " + reference[1]
                                + " in the archive");
                    }
                }
                introducedBy.clear();
            }
            long expected = counts.get(name);
            if (index != expected) {
                long found = index;
                index = -1;
                throw new ArchiveDao.BadField("", "the archive says it holds " + expected + " but it holds "
                        + found);
            }
            read.put(name, index);
            section = "";
            index = -1;
        }

        /** The value at the current token: text, whole number, flag, null, list or object (in field order). */
        private Object readValue() throws IOException {
            JsonToken token = parser.currentToken();
            if (token == null) {
                throw new JsonEOFException(parser, null, "the archive ends inside a value");
            }
            switch (token) {
                case VALUE_STRING:
                    return parser.getText();
                case VALUE_NUMBER_INT:
                    try {
                        return parser.getLongValue();
                    } catch (JsonProcessingException e) {
                        return parser.getText();
                    }
                case VALUE_NUMBER_FLOAT:
                    return parser.getDoubleValue();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                case START_ARRAY: {
                    List<Object> list = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        list.add(readValue());
                    }
                    return list;
                }
                case START_OBJECT: {
                    Map<String, Object> map = new LinkedHashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        parser.nextToken();
                        map.put(field, readValue());
                    }
                    if (parser.currentToken() != JsonToken.END_OBJECT) {
                        throw new JsonEOFException(parser, null, "the archive ends inside an object");
                    }
                    return map;
                }
                default:
                    throw new ArchiveDao.BadField("", "unexpected " + token + " at " + where(parser.currentLocation()));
            }
        }
    }
}
