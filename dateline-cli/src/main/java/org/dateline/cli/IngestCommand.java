package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dateline.Dateline;
import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.Story;
import org.dateline.page.Page;
import org.dateline.store.Archive;
import org.dateline.store.ArchiveException;
import org.dateline.store.StoryKey;
import org.dateline.store.source.FeedReader;
import org.dateline.store.source.SourceRecord;
import org.dateline.store.source.WarcReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline ingest}: pages into the archive. Stories are committed in batches, each story with all its
 * rows in the same transaction, and keyed (canonical URL, else text hash): running it again on the same
 * input adds nothing, and an interrupted run resumes where the last committed batch ended.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse pages and store the stories in an archive (DuckDB file).")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "The archive (default: dateline.duckdb here).")
    Path db = Path.of("dateline.duckdb");

    @Option(names = "--batch", paramLabel = "N", description = "Stories per transaction (default: 50).")
    int batch = 50;

    @Option(names = "--verbose", description = "Report each committed batch on stderr.")
    boolean verbose;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "Files (.html, .htm, .txt, .jsonl, .gz), WARC files (.warc, .warc.gz), RSS/Atom feeds "
                    + "(.rss, .atom, .xml), or directories of them.")
    List<String> sources;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (batch < 1 || batch > 10_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be 1..10000");
        }
        Dateline dateline = engine.engine();
        Pipeline pipeline = new Pipeline(dateline, Pipeline.checkDate(engine.published));
        boolean terminal = System.console() != null;
        try (Archive archive = Archive.open(db)) {
            Set<String> known = ConcurrentHashMap.newKeySet();
            known.addAll(archive.keys());
            long total = terminal ? count(sources) : 0;
            ProgressBar bar = new ProgressBar(err, total, "pages", terminal);
            long[] seen = {0};
            int[] result = new int[3]; // added, skipped, failed
            List<Story> pending = new ArrayList<>();
            OrderedBatch.run(documents(sources), doc -> analyse(doc, pipeline, dateline, known), item -> {
                seen[0]++;
                if (item.error() != null) {
                    result[2]++;
                    err.println((terminal ? "\r" : "") + "dateline: " + item.error());
                } else if (item.story() == null) {
                    result[1]++;
                } else {
                    pending.add(item.story());
                    if (pending.size() >= batch) result[0] += commit(archive, pending, err);
                }
                if (seen[0] <= total) bar.update(seen[0]); // the count is an estimate when a file changed meanwhile
            }, Math.max(1, engine.threads));
            result[0] += commit(archive, pending, err);
            if (terminal && seen[0] < total) err.println();
            err.println("dateline: " + result[0] + " stories added, " + result[1] + " already in " + db + ", "
                    + result[2] + " failed; archive: " + archive.counts());
            err.flush();
            return result[2] > 0 ? Main.SOME_FAILED : 0;
        } catch (ArchiveException e) {
            err.println("dateline: " + e.getMessage());
            return 2;
        }
    }

    private int commit(Archive archive, List<Story> pending, PrintWriter err) {
        if (pending.isEmpty()) return 0;
        int added = archive.add(pending, Instant.now());
        pending.clear();
        if (verbose) {
            err.println("dateline: committed " + added + " stories");
            err.flush();
        }
        return added;
    }

    /** What became of one input: a story to store, a known story (both null), or an error. */
    private record Item(Story story, String error) {
    }

    private static Item analyse(InputDocument doc, Pipeline pipeline, Dateline dateline, Set<String> known) {
        if (doc.failure() != null) return new Item(null, doc.failure());
        try {
            Page page = pipeline.page(doc);
            // Known pages are skipped before the costly stages: a resumed ingest redoes only what was lost.
            if (!known.add(StoryKey.of(page))) return new Item(null, null);
            return new Item(dateline.analyze(page), null);
        } catch (DatelineException e) {
            return new Item(null, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Item(null, Problem.E013.format(doc.id(), why.split("\n")[0]));
        }
    }

    /** Files in argument order (directories walked in name order), each read by the reader its kind needs. */
    static Iterator<InputDocument> documents(List<String> sources) {
        return files(sources).stream().flatMap(IngestCommand::read).iterator();
    }

    private static List<String> files(List<String> sources) {
        List<String> files = new ArrayList<>();
        for (String s : sources) {
            Path p = Path.of(s);
            if (!s.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> InputWalker.isPageFile(f) || WarcReader.isWarc(f) || FeedReader.isFeed(f))
                            .sorted().forEach(f -> files.add(f.toString()));
                } catch (IOException | UncheckedIOException e) {
                    files.add(s); // InputWalker reports the unreadable directory
                }
            } else {
                files.add(s);
            }
        }
        return files;
    }

    private static Stream<InputDocument> read(String file) {
        Path p = Path.of(file);
        if (!file.equals("-") && Files.isRegularFile(p) && WarcReader.isWarc(p)) {
            try {
                WarcReader warc = WarcReader.open(p);
                Iterator<SourceRecord> it = warc;
                return Stream.iterate(it, Iterator::hasNext, x -> x).map(Iterator::next).map(IngestCommand::document)
                        .onClose(() -> {
                            try {
                                warc.close();
                            } catch (IOException ignored) {
                                // reading is over; nothing to lose
                            }
                        });
            } catch (IOException e) {
                return Stream.of(InputDocument.failed(file, Problem.E002.format(file, e.getMessage())));
            }
        }
        if (!file.equals("-") && Files.isRegularFile(p) && FeedReader.isFeed(p)) {
            return FeedReader.read(p).stream().map(IngestCommand::document);
        }
        Iterator<InputDocument> it = new InputWalker(List.of(file), false, System.in).iterator();
        return Stream.iterate(it, Iterator::hasNext, x -> x).map(Iterator::next);
    }

    private static InputDocument document(SourceRecord r) {
        if (r.failure() != null) return InputDocument.failed(r.id(), r.id() + ": " + r.failure());
        return new InputDocument(r.id(), r.bytes(), r.html(), false, r.published(), r.url(), null);
    }

    /** How many pages the sources hold (for the progress bar's ETA); only counted on a terminal. */
    private static long count(List<String> sources) {
        long n = 0;
        for (String f : files(sources)) {
            Path p = Path.of(f);
            if (f.equals("-") || !Files.isRegularFile(p)) {
                n++;
            } else if (WarcReader.isWarc(p) || FeedReader.isFeed(p) || f.endsWith(".jsonl") || f.endsWith(".jsonl.gz")) {
                try (Stream<InputDocument> s = read(f)) {
                    n += s.count();
                }
            } else {
                n++;
            }
        }
        return n;
    }
}
