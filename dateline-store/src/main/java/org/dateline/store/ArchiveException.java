package org.dateline.store;

/**
 * An archive problem a user can act on, as one line: {@code input: what went wrong [what to do]}, like the engine's {@code Problem}s.
 */
public final class ArchiveException extends RuntimeException {
    public ArchiveException(String input, String message, String fix) {
        super(input + ": " + message + " [" + fix + "]");
    }

    public ArchiveException(String input, String message, String fix, Throwable cause) {
        super(input + ": " + message + " [" + fix + "]", cause);
    }
}
