package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline analyze}: pages in, stories out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse pages: who said what, who did what to whom, when, where.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { text, json, jsonl }

    enum InputKind { auto, jsonl }

    enum Stage { page, all }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "text, json or jsonl (default: text on a terminal, else jsonl).")
    Format format;

    @Option(names = "--input", description = "auto (files by content) or jsonl (one {id, text|html, published?, url?} per line).")
    InputKind input = InputKind.auto;

    @Option(names = "--stage", description = "Stop after this stage: page, or all (default).")
    Stage stage = Stage.all;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files (.txt, .html, .htm, .jsonl, optionally .gz), directories, or - for stdin.")
    List<String> inputs;

    @Override
    public Integer call() {
        Format f = format != null ? format : (System.console() != null ? Format.text : Format.jsonl);
        return run(spec, inputs, input == InputKind.jsonl, stage == Stage.page, f.name(), engine);
    }

    /** Shared by analyze and extract: walks the inputs, prints each outcome in order, reports failures. */
    static int run(CommandSpec spec, List<String> inputs, boolean jsonLines, boolean pageOnly, String format,
                   EngineOptions engine) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = engine.pipeline();
        int[] counts = new int[2];
        boolean[] first = {true};
        if (format.equals("json")) out.print("[");
        OrderedBatch.run(new InputWalker(inputs, jsonLines, System.in).iterator(),
                doc -> Outcome.of(doc, pageOnly, pipeline),
                o -> {
                    if (o.failed()) {
                        counts[1]++;
                        err.println("dateline: " + o.error());
                        err.flush();
                        return;
                    }
                    counts[0]++;
                    switch (format) {
                        case "json" -> {
                            out.print(first[0] ? "\n" : ",\n");
                            out.print(pageOnly ? StoryJson.writePage(o.page(), true) : StoryJson.write(o.story(), true));
                        }
                        case "jsonl" -> out.println(pageOnly ? StoryJson.writePage(o.page(), false) : StoryJson.write(o.story(), false));
                        case "markdown" -> out.print((first[0] ? "" : "\n---\n\n") + TextReport.renderMarkdown(o.page()));
                        default -> out.print((first[0] ? "" : "\n" + "=".repeat(100) + "\n\n")
                                + (pageOnly ? TextReport.renderPage(o.page()) : TextReport.render(o.story())));
                    }
                    first[0] = false;
                    out.flush();
                }, Math.max(1, engine.threads));
        if (format.equals("json")) out.println(first[0] ? "]" : "\n]");
        out.flush();
        if (counts[1] > 0) {
            err.println("dateline: " + counts[1] + " of " + (counts[0] + counts[1]) + " inputs failed");
            return Main.SOME_FAILED;
        }
        return 0;
    }
}
