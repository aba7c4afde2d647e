package app.rapport.service.imports;

import app.rapport.model.Contact;
import app.rapport.store.ContactBatch;
import app.rapport.store.Database;
import app.rapport.store.PersonKey;
import app.rapport.store.StoreException;
import app.rapport.store.StoredPerson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Imports contacts from a vCard or CSV file (issue 6), in two steps that each stream the file once:
 * <ol>
 *   <li>{@link #preview} works out what would happen — how many new contacts, who is already in Rapport (same
 *   email, ignoring case; or same name and organisation, ignoring case and accents) or appears twice in the file,
 *   and which records would be skipped and why — without writing anything;</li>
 *   <li>{@link #run} reads the file again and writes everything in one transaction, taking the user's
 *   {@link DuplicateDecision} for each duplicate (merge by default).</li>
 * </ol>
 * Every person is checked with the app's own rules before it is written; one that fails is skipped and reported,
 * never half-written. An import completes or changes nothing: cancelling, or any failure, rolls back all of it.
 * New contacts start at Just met with "how we met" empty. Photos in vCards are ignored.
 *
 * <p>Both steps hold the database for their whole length (a 100,000-card file takes seconds): run them on the
 * app's background executor, never on the JavaFX thread. Progress is reported every {@value #PROGRESS_EVERY}
 * records and at the end; cancellation is checked at every record.
 */
public final class ContactImport {

    static final int PROGRESS_EVERY = 500;

    private final Database database;
    private final RecordCheck check = new RecordCheck();

    public ContactImport(Database database) {
        this.database = database;
    }

    /** What importing {@code source} would do; writes nothing. */
    public ImportPreview preview(ImportSource source, Consumer<ImportProgress> progress, BooleanSupplier cancelled)
            throws IOException {
        Objects.requireNonNull(progress);
        Objects.requireNonNull(cancelled);
        try {
            return database.transaction(c -> {
                try (ContactBatch batch = database.contacts().batch(); IncomingRecords records = readAhead(source)) {
                    return preview(source, records, batch, progress, cancelled);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private ImportPreview preview(ImportSource source, IncomingRecords records, ContactBatch batch,
                                  Consumer<ImportProgress> progress, BooleanSupplier cancelled) throws IOException {
        List<SkippedRecord> skipped = new ArrayList<>(fileProblems(source));
        List<Duplicate> duplicates = new ArrayList<>();
        Seen seen = new Seen();
        int read = 0;
        int added = 0;
        if (skipped.isEmpty()) {
            IncomingRecord record;
            while ((record = next(records, read, progress, cancelled)) != null) {
                read++;
                Contact person = importable(record, skipped);
                if (person == null) {
                    continue;
                }
                Duplicate duplicate = seen.match(batch, record.line(), person);
                if (duplicate == null) {
                    added++;
                } else {
                    duplicates.add(duplicate);
                }
            }
        }
        progress.accept(new ImportProgress(read, records.bytesRead(), records.totalBytes()));
        return new ImportPreview(source.format(), read, added, duplicates, skipped, notes(records, read));
    }

    /**
     * Imports {@code source} in one transaction. {@code decisions} holds the user's choice for duplicates, by the
     * line the duplicate starts at ({@link Duplicate#line()}); any duplicate not in it is merged.
     *
     * @throws ImportCancelledException when {@code cancelled} says so; nothing was written
     * @throws ImportFailedException    when the database refused a write; nothing was written
     * @throws IOException              when the file cannot be read; nothing was written
     */
    public ImportReport run(ImportSource source, Map<Integer, DuplicateDecision> decisions,
                            Consumer<ImportProgress> progress, BooleanSupplier cancelled) throws IOException {
        Objects.requireNonNull(decisions);
        Objects.requireNonNull(progress);
        Objects.requireNonNull(cancelled);
        try {
            return database.transaction(c -> {
                try (ContactBatch batch = database.contacts().batch(); IncomingRecords records = readAhead(source)) {
                    batch.expectMany();
                    return run(source, records, batch, decisions, progress, cancelled);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private ImportReport run(ImportSource source, IncomingRecords records, ContactBatch batch,
                             Map<Integer, DuplicateDecision> decisions, Consumer<ImportProgress> progress,
                             BooleanSupplier cancelled) throws IOException {
        List<SkippedRecord> skipped = new ArrayList<>(fileProblems(source));
        int read = 0;
        int added = 0;
        int merged = 0;
        if (skipped.isEmpty()) {
            IncomingRecord record;
            while ((record = next(records, read, progress, cancelled)) != null) {
                read++;
                Contact person = importable(record, skipped);
                if (person == null) {
                    continue;
                }
                try {
                    // People added earlier in this import are found here too: the transaction sees its own writes.
                    Match stored = storedMatch(batch, person);
                    DuplicateDecision decision = stored == null ? DuplicateDecision.ADD_AS_NEW
                            : decisions.getOrDefault(record.line(), DuplicateDecision.MERGE);
                    switch (decision) {
                        case ADD_AS_NEW -> {
                            batch.insert(person);
                            added++;
                        }
                        case SKIP -> skipped.add(new SkippedRecord(record.line(), "already in Rapport as "
                                + stored.person().name() + "; skipped as you chose"));
                        case MERGE -> {
                            Contact existing = database.contacts().find(stored.person().id()).orElseThrow();
                            Contact combined = merge(existing, person);
                            String mergeProblem = check.problem(combined);
                            if (mergeProblem != null) {
                                skipped.add(new SkippedRecord(record.line(), "cannot be merged into "
                                        + existing.name() + ": " + mergeProblem));
                            } else {
                                if (!combined.equals(existing)) {
                                    batch.update(combined);
                                }
                                merged++;
                            }
                        }
                    }
                } catch (StoreException e) {
                    throw new ImportFailedException("Line " + record.line() + " could not be stored ("
                            + e.getMessage() + "); nothing was imported.", e);
                }
            }
        }
        progress.accept(new ImportProgress(read, records.bytesRead(), records.totalBytes()));
        return new ImportReport(source.format(), read, added, merged, skipped, notes(records, read));
    }

    /**
     * The person a {@link #checked} record gives, or null when it cannot be imported (then added to
     * {@code skipped}).
     */
    private static Contact importable(IncomingRecord record, List<SkippedRecord> skipped) {
        if (!record.readable()) {
            skipped.add(new SkippedRecord(record.line(), record.problem()));
            return null;
        }
        return record.person();
    }

    /** {@code record}, or a record that cannot be imported when the person it gives fails {@code check}. */
    private static IncomingRecord checked(IncomingRecord record, RecordCheck check) {
        String problem = record.readable() ? check.problem(record.person()) : null;
        return problem == null ? record : IncomingRecord.problem(record.line(), problem);
    }

    /** Up to {@code rows} of the first records as the import would read them, for a mapping screen. */
    public List<SampleRow> sample(ImportSource source, int rows) throws IOException {
        List<SampleRow> sample = new ArrayList<>();
        try (IncomingRecords records = open(source)) {
            IncomingRecord record;
            while (sample.size() < rows && (record = records.next()) != null) {
                String problem = record.readable() ? check.problem(record.person()) : record.problem();
                sample.add(new SampleRow(record.line(), record.person(), problem));
            }
        }
        return sample;
    }

    /**
     * The records of {@code source}, read and {@link #checked} on a thread of their own while the caller matches and
     * writes the ones before (see {@link ReadAhead}).
     */
    private static IncomingRecords readAhead(ImportSource source) throws IOException {
        RecordCheck check = new RecordCheck();
        return new ReadAhead(open(source), record -> checked(record, check));
    }

    private static IncomingRecords open(ImportSource source) throws IOException {
        return source.format() == ImportFormat.VCARD ? new VCardRecords(source.file())
                : new CsvRecords(source.file(), source.mapping());
    }

    private static IncomingRecord next(IncomingRecords records, int read, Consumer<ImportProgress> progress,
                                       BooleanSupplier cancelled) throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelledException(read);
        }
        if (read > 0 && read % PROGRESS_EVERY == 0) {
            progress.accept(new ImportProgress(read, records.bytesRead(), records.totalBytes()));
        }
        return records.next();
    }

    /** Problems that stop a file from being read at all, reported as line 0. */
    private static List<SkippedRecord> fileProblems(ImportSource source) throws IOException {
        if (Files.size(source.file()) == 0) {
            return List.of(new SkippedRecord(0, "The file is empty: there is nothing to import."));
        }
        if (source.format().isCsv()) {
            ColumnMapping mapping = source.mapping();
            if (mapping.headerLine() == 0) {
                return List.of(new SkippedRecord(0, "No header row found (a row of column names such as"
                        + " \"Name,Email\" within the first " + ImportSource.ROWS_BEFORE_HEADER
                        + " rows): this does not look like a contacts file."));
            }
            if (!mapping.givesNames()) {
                return List.of(new SkippedRecord(0, "No column gives a name (choose the column holding the name,"
                        + " or first and last names)."));
            }
        }
        return List.of();
    }

    private static List<String> notes(IncomingRecords records, int read) {
        List<String> notes = new ArrayList<>(records.notes());
        if (read == 0 && records.totalBytes() > 0) {
            notes.add("No contacts were found in the file.");
        }
        return notes;
    }

    /** A stored contact the person matches, and why. */
    private record Match(StoredPerson person, String why) {
    }

    private static Match storedMatch(ContactBatch batch, Contact person) {
        for (String email : person.emails()) {
            List<StoredPerson> found = batch.withEmail(email);
            if (!found.isEmpty()) {
                return new Match(found.get(0), "same email " + email);
            }
        }
        List<StoredPerson> found = batch.withNameAndOrganisation(person.name(), person.organisation());
        if (!found.isEmpty()) {
            return new Match(found.get(0), person.organisation().isBlank() ? "same name, no organisation"
                    : "same name and organisation");
        }
        return null;
    }

    /**
     * The existing contact completed from the file: its empty text fields filled, the emails, phones and tags it
     * lacks added after its own. Nothing the user wrote is changed.
     */
    static Contact merge(Contact existing, Contact incoming) {
        List<String> emails = union(existing.emails(), incoming.emails(), e -> e.toLowerCase(Locale.ROOT));
        List<String> phones = union(existing.phones(), incoming.phones(), PersonDetails::phoneKey);
        List<String> tags = union(existing.tags(), incoming.tags(), t -> t.toLowerCase(Locale.ROOT));
        return new Contact(existing.id(), existing.name(), either(existing.organisation(), incoming.organisation()),
                either(existing.role(), incoming.role()), emails, phones, either(existing.link(), incoming.link()),
                either(existing.city(), incoming.city()), existing.howWeMet(), existing.whereWeMet(),
                existing.metOn(), existing.introducedById(), existing.needs(), existing.offers(), tags,
                either(existing.notes(), incoming.notes()), existing.stage(), existing.stayInTouchDays(),
                existing.archived(), existing.createdAt(), existing.updatedAt());
    }

    private static String either(String existing, String incoming) {
        return existing.isBlank() ? incoming : existing;
    }

    private static List<String> union(List<String> existing, List<String> incoming,
                                      java.util.function.Function<String, String> key) {
        Map<String, String> byKey = new LinkedHashMap<>();
        existing.forEach(value -> byKey.putIfAbsent(key.apply(value), value));
        incoming.forEach(value -> byKey.putIfAbsent(key.apply(value), value));
        return byKey.size() == existing.size() ? existing : new ArrayList<>(byKey.values());
    }

    /**
     * What the import would have written so far, for the preview, which writes nothing: the people it would add and
     * what merging would change in the contacts it would merge into (emails added, an empty organisation filled).
     * Matching a person against the database plus these gives the same answer {@link #run} gets from the database
     * it has written to. Holds one small entry per distinct email and person: the file itself is never held.
     */
    private static final class Seen {

        /** A contact the import would write to: a stored one ({@code storedId} &gt; 0) or one it would add. */
        private static final class Target {
            final long storedId;
            final int line;
            final String name;
            String organisation;

            Target(long storedId, int line, String name, String organisation) {
                this.storedId = storedId;
                this.line = line;
                this.name = name;
                this.organisation = organisation;
            }
        }

        private final Map<String, Target> byEmail = new HashMap<>();
        private final Map<String, Target> byNameAndOrganisation = new HashMap<>();
        /** Stored contacts whose empty organisation a merge would fill, with the organisation they would get. */
        private final Map<Long, Target> filledOrganisation = new HashMap<>();

        /** The duplicate {@code person} would be, or null for a new contact; remembers what the import would do. */
        Duplicate match(ContactBatch batch, int line, Contact person) {
            Target target = null;
            String why = null;
            for (String email : person.emails()) {
                List<StoredPerson> stored = batch.withEmail(email);
                target = stored.isEmpty() ? byEmail.get(email.toLowerCase(Locale.ROOT)) : stored(stored.get(0));
                if (target != null) {
                    why = "same email " + email;
                    break;
                }
            }
            if (target == null) {
                for (StoredPerson stored : batch.withNameAndOrganisation(person.name(), person.organisation())) {
                    if (!filledOrganisation.containsKey(stored.id())) {
                        target = stored(stored);
                        break;
                    }
                }
                if (target == null) {
                    target = byNameAndOrganisation.get(key(person.name(), person.organisation()));
                }
                why = person.organisation().isBlank() ? "same name, no organisation" : "same name and organisation";
            }
            if (target == null) {
                Target added = new Target(0, line, person.name(), person.organisation());
                remember(added, person);
                byNameAndOrganisation.putIfAbsent(key(person.name(), person.organisation()), added);
                return null;
            }
            remember(target, person);
            if (target.organisation.isBlank() && !person.organisation().isBlank()) {
                // The merge fills the organisation: the contact is now found under its new one only.
                byNameAndOrganisation.remove(key(target.name, target.organisation), target);
                target.organisation = person.organisation();
                byNameAndOrganisation.putIfAbsent(key(target.name, target.organisation), target);
                if (target.storedId > 0) {
                    filledOrganisation.put(target.storedId, target);
                }
            }
            return new Duplicate(line, person.name(), target.storedId, target.name, target.line, why);
        }

        private Target stored(StoredPerson person) {
            Target filled = filledOrganisation.get(person.id());
            return filled != null ? filled : new Target(person.id(), 0, person.name(), person.organisation());
        }

        private void remember(Target target, Contact person) {
            for (String email : person.emails()) {
                byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), target);
            }
        }

        private static String key(String name, String organisation) {
            return PersonKey.of(name) + '\u0000' + PersonKey.of(organisation);
        }
    }
}
