package org.dateline.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared gold data is: system property dateline.shared, env DATELINE_SHARED, or /work/shared. */
final class SharedData {
    private SharedData() {
    }

    static Path dataFolder() {
        String p = System.getProperty("dateline.shared");
        if (p == null || !Files.isDirectory(Path.of(p, "data"))) p = System.getenv("DATELINE_SHARED");
        if (p == null || !Files.isDirectory(Path.of(p, "data"))) p = "/work/shared";
        Path data = Path.of(p, "data");
        return Files.isDirectory(data) ? data : null;
    }
}
