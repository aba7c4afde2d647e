package app.rapport.service.imports;

import app.rapport.model.Contact;

/**
 * One record read from a file, before it is checked against Rapport: the person it describes (not stored yet, at
 * stage Just met), or the reason it cannot be read. {@code line} is where it starts in the file.
 */
record IncomingRecord(int line, Contact person, String problem) {

    static IncomingRecord person(int line, Contact person) {
        return new IncomingRecord(line, person, null);
    }

    static IncomingRecord problem(int line, String problem) {
        return new IncomingRecord(line, null, problem);
    }

    boolean readable() {
        return person != null;
    }
}
