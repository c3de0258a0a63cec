package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared gold data and the example page are: {@code -Ddateline.shared}, {@code DATELINE_SHARED}, or {@code ../shared}. */
final class SharedData {
    static final String EXAMPLE = "examples/kremlin-pleased-biden-putin-talks.txt";

    private SharedData() {
    }

    static Path root() {
        String p = System.getProperty("dateline.shared");
        if (p == null || p.isBlank()) p = System.getenv("DATELINE_SHARED");
        if (p == null || p.isBlank()) p = "../shared";
        return Path.of(p).toAbsolutePath().normalize();
    }

    static Path data() {
        return root().resolve("data");
    }

    static boolean present(Path p) {
        return Files.exists(p);
    }
}
