package app.rapport.service.imports;

import app.rapport.model.Contact;

/**
 * One of the first rows of a file as the import would read it, for a mapping screen: the contact it would become,
 * or why it would be skipped ({@code problem}, else null).
 */
public record SampleRow(int line, Contact person, String problem) {
}
