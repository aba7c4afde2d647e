package app.rapport.service.exports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.IOException;

/**
 * Lays out the archive for people as well as programs, without the size of full indentation: each field of the
 * archive on its own line, and each row of a section (a contact with everything nested in it, a timeline entry...)
 * on one line of its own. A reader can page through it, search it with grep, or compare two archives line by line.
 */
final class OneRowPerLine extends MinimalPrettyPrinter {

    /** The archive object is at depth 1, its sections' lists at depth 2. */
    private static int depth(JsonGenerator json) {
        return json.getOutputContext().getNestingDepth();
    }

    @Override
    public void beforeObjectEntries(JsonGenerator json) throws IOException {
        if (depth(json) == 1) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
        json.writeRaw(',');
        if (depth(json) == 1) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeEndObject(JsonGenerator json, int entries) throws IOException {
        if (depth(json) == 1) {
            json.writeRaw('\n');
        }
        json.writeRaw('}');
    }

    @Override
    public void beforeArrayValues(JsonGenerator json) throws IOException {
        if (depth(json) == 2) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw(',');
        if (depth(json) == 2) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator json, int values) throws IOException {
        if (depth(json) == 2 && values > 0) {
            json.writeRaw('\n');
        }
        json.writeRaw(']');
    }
}
