package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.Dateline;
import org.dateline.DatelineException;
import org.dateline.Problem;
import picocli.CommandLine.Option;

/** The options that choose the engine: dictionaries and the caller's publication date. */
final class EngineOptions {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date to resolve times and roles against (overrides the page's).")
    String published;

    @Option(names = "--actors", split = ",", paramLabel = "F", description = "Actor dictionaries (replace the built-in ones).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "F", description = "Verb dictionary (replaces the built-in one).")
    Path verbs;

    @Option(names = "--agents", paramLabel = "F", description = "Agent dictionary (replaces the built-in one).")
    Path agents;

    @Option(names = "--discards", paramLabel = "F", description = "Discard list (replaces the built-in one).")
    Path discards;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    Dateline engine() {
        for (Path p : actors) requireFile(p, "--actors");
        requireFile(verbs, "--verbs");
        requireFile(agents, "--agents");
        requireFile(discards, "--discards");
        return Dateline.builder().actors(actors).agents(agents).verbs(verbs).discards(discards).build();
    }

    Pipeline pipeline() {
        return new Pipeline(engine(), Pipeline.checkDate(published));
    }

    private static void requireFile(Path p, String flag) {
        if (p != null && !Files.isRegularFile(p)) throw new DatelineException(Problem.E009, p.toString(), flag + " " + p);
    }
}
