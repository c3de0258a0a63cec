package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.DatelineException;
import org.dateline.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline demo}: the reference page analysed, as a report. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Analyse the example page and print the report.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "text (default), json or jsonl.")
    AnalyzeCommand.Format format = AnalyzeCommand.Format.text;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        Path example = SharedData.root().resolve(SharedData.EXAMPLE);
        if (!Files.exists(example)) throw new DatelineException(Problem.E012, example.toString(), "the example page");
        return AnalyzeCommand.run(spec, List.of(example.toString()), false, false, format.name(), engine);
    }
}
