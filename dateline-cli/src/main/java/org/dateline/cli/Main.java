package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dateline}: the command line. Exit codes: 0 all inputs done, 1 some inputs failed, 2 usage error. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "News pages in, the analyst's record out: who said what, who did what to whom, when, where.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, DemoCommand.class, BenchCommand.class,
                EvalCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    /** Some inputs failed (each was reported on stderr); the rest were processed. */
    static final int SOME_FAILED = 1;

    public static void main(String[] args) {
        oneLineWarnings();
        System.exit(run(args));
    }

    /** The engine warns through System.Logger (JUL here): print each warning as one plain line on stderr. */
    static void oneLineWarnings() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (java.util.logging.Handler h : root.getHandlers()) root.removeHandler(h);
        java.util.logging.ConsoleHandler h = new java.util.logging.ConsoleHandler();
        h.setFormatter(new java.util.logging.Formatter() {
            @Override
            public String format(java.util.logging.LogRecord r) {
                return "dateline: warning: " + formatMessage(r) + System.lineSeparator();
            }
        });
        root.addHandler(h);
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** Runs with the given output and error streams (null: the process's). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        if (out != null) cl.setOut(out);
        if (err != null) cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            String msg = ex instanceof org.dateline.DatelineException ? ex.getMessage()
                    : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            cmd.getErr().println("dateline: " + msg);
            return ex instanceof org.dateline.DatelineException ? 2 : 3;
        });
        return cl.execute(args);
    }
}
