package org.dateline;

/**
 * The catalogue of every error a user can see, one line each: what is wrong with the input, and what to do.
 * Modelled on spaCy's errors.py: code, message template, fix. Add new problems here, never inline.
 */
public enum Problem {
    E001("file not found", "check the path"),
    E002("not readable: %s", "check permissions"),
    E003("binary content, not a text or HTML page", "pass .txt, .html or .htm files (optionally .gz)"),
    E004("invalid %s byte sequence at byte %d", "re-save the file as UTF-8 or declare its charset"),
    E005("empty page: no article text found", "check that the file holds the page's content"),
    E006("bad JSON line: %s", "each line must be an object with \"id\" and \"text\" or \"html\""),
    E007("bad date '%s'", "give an ISO date, YYYY-MM-DD"),
    E008("dictionary line %d: %s", "fix or remove that line; the rest of the file was read"),
    E009("cannot read dictionary: %s", "check the path given to the dictionary flag"),
    E010("corrupt gzip data: %s", "re-download or re-compress the file"),
    E011("page too large: %d bytes (limit %d)", "split the input or raise --max-bytes"),
    E012("shared data not found: %s", "put the shared folder beside the repository as ../shared, or set DATELINE_SHARED to it"),
    E013("internal error while analysing: %s", "please report it with this input; the rest of the batch went on"),
    E014("unknown evaluation '%s'", "run 'dateline eval --list' for the targets"),
    E015("cannot write output: %s", "check the output path and free space"),
    E016("unknown peer '%s'", "the peers are: readability");

    private final String message;
    private final String fix;

    Problem(String message, String fix) {
        this.message = message;
        this.fix = fix;
    }

    /** One line: {@code input: message (E00n; fix)}. */
    public String format(String input, Object... args) {
        String what = args.length == 0 ? message : String.format(message, args);
        return (input == null ? "" : input + ": ") + what + " [" + name() + ": " + fix + "]";
    }
}
