package org.dateline.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dateline.page.PageExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages per second of the page stage (bytes as crawled to a {@code Page}), one core, over the Zyte article
 * benchmark's 133 real news pages. Each call extracts all of them; the score is pages/s.
 * Run: {@code java -jar dateline-bench/target/benchmarks.jar PageBenchmark -jvmArgsAppend -Ddateline.shared=../shared}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xss8m")
public class PageBenchmark {
    /** Pages in the development set; each call processes all of them. */
    static final int PAGES = 133;

    List<byte[]> pages;

    @Setup
    public void load() throws IOException {
        String shared = System.getProperty("dateline.shared", "../shared");
        Path dir = Path.of(shared, "data/article-extraction/html");
        pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                byte[] raw = Files.readAllBytes(p);
                if (p.toString().endsWith(".gz")) raw = new GZIPInputStream(new ByteArrayInputStream(raw)).readAllBytes();
                pages.add(raw);
            }
        }
        if (pages.size() != PAGES) throw new IllegalStateException(dir + ": expected " + PAGES + " pages, found " + pages.size());
    }

    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(PAGES)
    public void extractPage(Blackhole bh) {
        for (int i = 0; i < pages.size(); i++) bh.consume(PageExtractor.extract("page-" + i, pages.get(i)));
    }
}
