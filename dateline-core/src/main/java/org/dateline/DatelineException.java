package org.dateline;

/** An error a user sees: one line from the {@link Problem} catalogue, naming the input. */
public class DatelineException extends RuntimeException {
    private final Problem problem;
    private final String input;

    public DatelineException(Problem problem, String input, Object... args) {
        super(problem.format(input, args));
        this.problem = problem;
        this.input = input;
    }

    public Problem problem() {
        return problem;
    }

    /** The file, line or id the problem is about, or null. */
    public String input() {
        return input;
    }
}
