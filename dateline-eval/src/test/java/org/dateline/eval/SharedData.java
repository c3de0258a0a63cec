package org.dateline.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared gold data is: system property dateline.shared, env DATELINE_SHARED, or /work/shared. */
final class SharedData {
    private SharedData() {
    }

    /** The {@code data} folder, or null when absent (the tests then skip). */
    static Path dataFolder() {
        for (String candidate : new String[] {System.getProperty("dateline.shared"), System.getenv("DATELINE_SHARED"),
            "/work/shared"}) {
            if (candidate == null || candidate.isBlank()) continue;
            Path data = Path.of(candidate, "data");
            if (Files.isDirectory(data)) return data;
        }
        return null;
    }
}
