package org.dateline.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One gold set's scorer, implemented exactly as that data's README describes. A target of
 * {@code ./dateline eval NAME}.
 */
public interface Evaluation {
    /** The target name on the command line ("zyte", "petrarch", ...). */
    String name();

    /** One line: what gold set, what figure. */
    String description();

    /**
     * Scores the engine on the gold set.
     *
     * @param data the shared data folder (the one holding {@code article-extraction/}, {@code cameo/}, ...)
     * @param log  where to print per-item detail when {@code verbose}
     */
    EvalResult run(Path data, PrintStream log, boolean verbose);
}
