package app.rapport.service.imports;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The sample files under src/test/resources/app/rapport/imports. */
final class ImportFiles {

    private ImportFiles() {
    }

    static Path file(String name) {
        URL url = ImportFiles.class.getResource("/app/rapport/imports/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No sample file " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
