package org.dateline.time;

import java.time.LocalDate;
import java.util.List;
import org.dateline.text.Text;

/**
 * Finds time expressions and normalises them to TIMEX3 values against an anchor date.
 * PLACEHOLDER API: the time work replaces the bodies, keeping these signatures.
 */
public final class TimeTagger {
    private TimeTagger() {
    }

    public static TimeTagger builtIn() {
        return new TimeTagger();
    }

    /** The time expressions in {@code text}, in text order; relative ones resolved against {@code anchor} (may be null). */
    public List<TimeExpression> tag(Text text, LocalDate anchor) {
        return List.of();
    }
}
