package org.dateline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.eval.EvalResult;
import org.dateline.eval.ZyteArticleEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline bench DIR}: end-to-end throughput over a folder of pages. Pages are read into memory
 * first, so the figure is the engine's, not the disk's; a warm-up pass lets the JIT settle.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure pages/s and MB/s over a folder of pages (optionally beside a peer).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--stage", description = "page (extraction only) or all (default).")
    AnalyzeCommand.Stage stage = AnalyzeCommand.Stage.all;

    @Option(names = "--rounds", description = "Timed passes over the folder (default ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--warmup", description = "Untimed passes first, for the JIT (default ${DEFAULT-VALUE}); the peer gets as many.")
    int warmup = 2;

    @Option(names = "--warmup-seconds", description = "Keep making untimed passes until this many seconds have gone by "
            + "(default ${DEFAULT-VALUE}); the JIT takes tens of seconds to settle over many pages. The peer gets as long.")
    double warmupSeconds = 0;

    @Option(names = "--peer", description = "Also run a peer on the same pages in this run: readability (Mozilla Readability.js in jsdom, via node).")
    String peer;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders or files of pages.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputDocument> docs = new ArrayList<>();
        long bytes = 0;
        int unreadable = 0;
        for (InputDocument d : new InputWalker(inputs, false, System.in)) {
            if (d.failure() != null) {
                err.println("dateline: " + d.failure());
                unreadable++;
                continue;
            }
            docs.add(d);
            bytes += d.size();
        }
        if (docs.isEmpty()) throw new DatelineException(Problem.E005, String.join(" ", inputs));
        boolean pageOnly = stage == AnalyzeCommand.Stage.page;
        Pipeline pipeline = engine.pipeline();
        boolean tty = System.console() != null || Boolean.getBoolean("dateline.progress");
        int failed = 0;
        int passes = 0;
        long warm0 = System.nanoTime();
        while (passes < warmup || (System.nanoTime() - warm0) / 1e9 < warmupSeconds) {
            for (InputDocument d : docs) Outcome.of(d, pageOnly, pipeline);
            passes++;
        }
        ProgressBar bar = new ProgressBar(err, (long) docs.size() * rounds, "pages", true);
        long done = 0;
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        for (int r = 0; r < rounds; r++) {
            for (InputDocument d : docs) {
                Outcome o = Outcome.of(d, pageOnly, pipeline);
                if (o.failed() && r == 0) {
                    failed++;
                    err.println("\ndateline: " + o.error());
                }
                bar.update(++done);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (processCpuNanos() - cpu0) / 1e9;
        double pages = (double) docs.size() * rounds / secs;
        double mb = (double) bytes * rounds / secs / 1e6;
        out.printf(Locale.ROOT, "dateline (%s, 1 thread): %d pages, %.1f MB, %d warm-up passes, %d rounds: %.1f pages/s, %.2f MB/s%s%s%n",
                pageOnly ? "page stage" : "all stages", docs.size(), bytes / 1e6, passes, rounds, pages, mb, perCpuSecond(docs.size() * rounds, cpuSecs),
                failed + unreadable > 0 ? ", " + (failed + unreadable) + " failed" : "");
        out.flush();
        if (peer != null) {
            if (!peer.equals("readability")) throw new DatelineException(Problem.E016, "--peer", peer);
            PeerReadability.Result pr = PeerReadability.run(inputs, warmup, warmupSeconds, err);
            out.printf(Locale.ROOT, "readability.js (jsdom, node, 1 thread): %d pages, %d warm-up passes: %.1f pages/s, %.2f MB/s (%.1f pages per CPU second)%n",
                    pr.pages(), pr.warmupPasses(), pr.pages() / pr.seconds(), pr.bytes() / pr.seconds() / 1e6,
                    pr.pages() / pr.cpuSeconds());
            out.printf(Locale.ROOT, "dateline / readability.js speed: %.1fx (%.1fx per CPU second)%n",
                    pages / (pr.pages() / pr.seconds()), docs.size() * rounds / cpuSecs / (pr.pages() / pr.cpuSeconds()));
            scoreBoth(out, pr);
        }
        return failed + unreadable > 0 ? Main.SOME_FAILED : 0;
    }

    /** " (N pages per CPU second)", or nothing when too little CPU time went by to be told (a tiny folder). */
    private static String perCpuSecond(double pages, double cpuSecs) {
        return cpuSecs > 0.05 ? String.format(Locale.ROOT, " (%.1f pages per CPU second)", pages / cpuSecs) : "";
    }

    /**
     * CPU time of the whole process (JIT and GC threads included, as node's figure includes its own): on a
     * loaded machine wall-clock rates fall with the load, CPU-second rates much less.
     */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /**
     * When the folder is the Zyte article benchmark's (its ground truth beside it), grade both extractors
     * with that benchmark's own scorer, so quality and speed come from the same run.
     */
    private void scoreBoth(PrintWriter out, PeerReadability.Result pr) throws java.io.IOException {
        if (inputs.size() != 1) return;
        java.nio.file.Path html = java.nio.file.Path.of(inputs.get(0)).toAbsolutePath().normalize();
        java.nio.file.Path set = html.getParent();
        if (set == null || !java.nio.file.Files.exists(set.resolve("ground-truth.json"))
                || !set.getFileName().toString().equals("article-extraction")) return;
        java.nio.file.Path data = set.getParent();
        com.fasterxml.jackson.databind.JsonNode texts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(pr.texts().toFile());
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        EvalResult ours = new ZyteArticleEval().run(data, quiet, false);
        EvalResult theirs = ZyteArticleEval.score(data, Integer.MAX_VALUE,
                (id, raw, url) -> texts.path(id).asText(""), "readability", quiet, false);
        out.println("quality on the Zyte article benchmark (its scorer, same pages):");
        for (EvalResult r : List.of(ours, theirs)) {
            out.printf(Locale.ROOT, "  %-12s F1 %.4f  precision %.4f  recall %.4f  exact %.3f%n",
                    r.name().equals("zyte") ? "dateline" : "readability.js", r.figure("f1"), r.figure("precision"),
                    r.figure("recall"), r.figure("accuracy"));
        }
    }
}
