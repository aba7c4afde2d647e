package app.rapport.service.exports;

import app.rapport.store.ContactBuilder;
import app.rapport.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress counts every item; a cancelled export leaves no file behind, and an older file as it was. */
class ExportCancellationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-11T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Database database;
    private Path out;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("db").resolve("network.db"));
        database.transaction(c -> {
            for (int i = 0; i < 1200; i++) {
                database.contacts().insert(ContactBuilder.contact("Person " + i).city("Leeds").build());
            }
            return null;
        });
        out = Files.createDirectories(folder.resolve("out"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void progressCountsEveryItemUpToTheTotal(ExportFormat format) throws Exception {
        Exporter exporter = new Exporter(database, CLOCK);
        List<long[]> seen = new ArrayList<>();
        Path file = out.resolve("network." + format.extension());
        ExportResult result = exporter.export(format, file, ExportOptions.defaults(),
                (done, total) -> seen.add(new long[]{done, total}), () -> false);
        assertEquals(1200, result.written());
        assertEquals(1200, exporter.itemCount(format, ExportOptions.defaults()));
        assertEquals(1201, seen.size(), "0, then once per contact");
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i)[0]);
            assertEquals(1200, seen.get(i)[1]);
        }
        assertEquals(List.of("network." + format.extension()), filesIn(out), "only the file, no temporary file");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aCancelledExportLeavesNoFileAndNoTemporaryFile(ExportFormat format) throws Exception {
        Exporter exporter = new Exporter(database, CLOCK);
        long[] last = {0};
        assertThrows(ExportCancelledException.class, () -> exporter.export(format,
                out.resolve("network." + format.extension()), ExportOptions.defaults(),
                (done, total) -> last[0] = done, () -> last[0] >= 700));
        assertEquals(700, last[0], "stopped where the user cancelled");
        assertEquals(List.of(), filesIn(out));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aCancelledExportKeepsTheFileThatWasThere(ExportFormat format) throws Exception {
        Path file = out.resolve("network." + format.extension());
        Files.writeString(file, "the export of last week", StandardCharsets.UTF_8);
        Exporter exporter = new Exporter(database, CLOCK);
        assertThrows(ExportCancelledException.class, () -> exporter.export(format, file, ExportOptions.defaults(),
                ExportProgress.NONE, () -> true));
        assertEquals("the export of last week", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of("network." + format.extension()), filesIn(out));

        exporter.export(format, file, ExportOptions.defaults(), ExportProgress.NONE, () -> false);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Person 1199"), "replaced once complete");
    }
}
