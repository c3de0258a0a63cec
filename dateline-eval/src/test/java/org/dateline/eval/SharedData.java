package org.dateline.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the gold data is for tests: the dateline.shared property, else DATELINE_SHARED, else /work/shared. */
final class SharedData {
    private SharedData() {
    }

    static Path locate() {
        for (String candidate : new String[] {System.getProperty("dateline.shared"), System.getenv("DATELINE_SHARED"),
            "/work/shared"}) {
            if (candidate == null || candidate.isBlank()) continue;
            Path p = Path.of(candidate);
            if (Files.isDirectory(p.resolve("data"))) return p.resolve("data");
            if (Files.isDirectory(p.resolve("article-extraction")) || Files.isDirectory(p.resolve("page-metadata"))) return p;
        }
        return null;
    }
}
