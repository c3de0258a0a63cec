package org.dateline.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Evaluation;
import org.dateline.eval.Evaluations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval TARGET}: score the engine on a gold set with that set's own scorer. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the engine on a gold set with the scorer its README describes (or 'all').")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "List the targets.")
    boolean list;

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default: ../shared/data).")
    Path data;

    @Option(names = {"-v", "--verbose"}, description = "Per-item detail.")
    boolean verbose;

    @Parameters(arity = "0..*", paramLabel = "TARGET")
    List<String> targets = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list || targets.isEmpty()) {
            for (Evaluation e : Evaluations.all()) out.printf("%-12s %s%n", e.name(), e.description());
            out.flush();
            return 0;
        }
        Path root = data != null ? data : SharedData.data();
        if (!Files.isDirectory(root)) throw new DatelineException(Problem.E012, root.toString(), "the gold data folder");
        List<Evaluation> chosen = new ArrayList<>();
        for (String t : targets) {
            if (t.equals("all")) chosen.addAll(Evaluations.all());
            else chosen.add(Evaluations.named(t).orElseThrow(() -> new DatelineException(Problem.E014, t, t)));
        }
        for (Evaluation e : chosen) {
            EvalResult r = e.run(root, new PrintStream(System.err, true), verbose);
            out.println(r.summary());
            out.flush();
        }
        return 0;
    }
}
