package org.dateline.page;

import org.dateline.DatelineException;
import org.dateline.Problem;

/** An input that cannot be read as a page (binary, undecodable, empty). */
public final class PageException extends DatelineException {
    public PageException(Problem problem, String input, Object... args) {
        super(problem, input, args);
    }
}
