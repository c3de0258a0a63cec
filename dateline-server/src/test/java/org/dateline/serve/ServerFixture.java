package org.dateline.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.Story;
import org.dateline.store.Archive;
import org.dateline.store.ExampleStories;
import org.dateline.store.StoryKey;

/** A server on a free port over the example stories plus the hostile one. */
final class ServerFixture implements AutoCloseable {
    final Archive archive;
    final ArchiveServer server;

    /** The reference page as analysed by the engine, when the shared data is beside the repository. */
    static final Story REFERENCE = reference();

    ServerFixture(Path dir) {
        this(dir, false);
    }

    /** With {@code withReference}, the reference page (when present) is in the archive too. */
    ServerFixture(Path dir, boolean withReference) {
        Path db = dir.resolve("fixture.duckdb");
        List<Story> stories = new ArrayList<>(ExampleStories.all());
        stories.add(ExampleStories.hostile());
        if (withReference && REFERENCE != null) stories.add(REFERENCE);
        try (Archive a = Archive.open(db)) {
            a.add(stories, Instant.parse("2022-03-02T10:00:00Z"));
        }
        archive = Archive.openSandboxed(db);
        server = ArchiveServer.start(archive, "127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static Story reference() {
        String shared = System.getProperty("dateline.shared", System.getenv().getOrDefault("DATELINE_SHARED", "../../shared"));
        Path page = Path.of(shared, "examples", "kremlin-pleased-biden-putin-talks.txt");
        if (!java.nio.file.Files.exists(page)) return null;
        try {
            return org.dateline.Dateline.builtIn().analyze(page.getFileName().toString(), java.nio.file.Files.readString(page));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String id(Story s) {
        return StoryKey.id(StoryKey.of(s.page()));
    }

    @Override
    public void close() {
        server.stop();
        archive.close();
    }
}
