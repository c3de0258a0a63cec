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

    ServerFixture(Path dir) {
        Path db = dir.resolve("fixture.duckdb");
        List<Story> stories = new ArrayList<>(ExampleStories.all());
        stories.add(ExampleStories.hostile());
        try (Archive a = Archive.open(db)) {
            a.add(stories, Instant.parse("2022-03-02T10:00:00Z"));
        }
        archive = Archive.openSandboxed(db);
        server = ArchiveServer.start(archive, "127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
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
