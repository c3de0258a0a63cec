package org.dateline.eval;

import java.nio.file.Files;
import java.nio.file.Path;

<<<<<<< HEAD
/** Where the gold data is for tests: the dateline.shared property, else DATELINE_SHARED, else /work/shared. */
=======
/** Where the shared gold data is: system property dateline.shared, env DATELINE_SHARED, or /work/shared. */
>>>>>>> cameo
final class SharedData {
    private SharedData() {
    }

<<<<<<< HEAD
    static Path locate() {
        for (String candidate : new String[] {System.getProperty("dateline.shared"), System.getenv("DATELINE_SHARED"),
            "/work/shared"}) {
            if (candidate == null || candidate.isBlank()) continue;
            Path p = Path.of(candidate);
            if (Files.isDirectory(p.resolve("data"))) return p.resolve("data");
            if (Files.isDirectory(p.resolve("article-extraction")) || Files.isDirectory(p.resolve("page-metadata"))) return p;
        }
        return null;
=======
    static Path dataFolder() {
        String p = System.getProperty("dateline.shared");
        if (p == null || !Files.isDirectory(Path.of(p, "data"))) p = System.getenv("DATELINE_SHARED");
        if (p == null || !Files.isDirectory(Path.of(p, "data"))) p = "/work/shared";
        Path data = Path.of(p, "data");
        return Files.isDirectory(data) ? data : null;
>>>>>>> cameo
    }
}
