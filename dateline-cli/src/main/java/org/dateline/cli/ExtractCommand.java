package org.dateline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline extract}: the page stage alone, clean text and metadata (like trafilatura's CLI). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article (title, body, metadata, comments, disclosures) and stop there.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { text, json, jsonl, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "text (default), json, jsonl or markdown.")
    Format format = Format.text;

    @Option(names = "--input", description = "auto or jsonl.")
    AnalyzeCommand.InputKind input = AnalyzeCommand.InputKind.auto;

    @Mixin
    EngineOptions engine;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin.")
    List<String> inputs;

    @Override
    public Integer call() {
        return AnalyzeCommand.run(spec, inputs, input == AnalyzeCommand.InputKind.jsonl, true, format.name(), engine);
    }
}
