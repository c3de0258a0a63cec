package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.text.Text;
import org.dateline.time.internal.Tense;
import org.dateline.time.internal.TimexGrammar;

/**
 * Finds time expressions (dates, times, durations, sets, vague references such as "recently") and
 * normalises them to TIMEX3 values against an anchor date, normally the story's publication date.
 * Relative expressions take their direction from the sentence: "will be held on January 9" is the next
 * January 9, "said Thursday" the last Thursday on or before the anchor. With no anchor, values stay
 * underspecified ("XXXX-01-09"). Rule-based; thread-safe.
 */
public final class TimeTagger {
    private static final TimeTagger BUILT_IN = new TimeTagger();

    private final TimexGrammar grammar = new TimexGrammar();

    private TimeTagger() {
    }

    public static TimeTagger builtIn() {
        return BUILT_IN;
    }

    /** The time expressions in {@code text}, in text order; relative ones resolved against {@code anchor} (may be null). */
    public List<TimeExpression> tag(Text text, LocalDate anchor) {
        String s = text.text();
        List<TimeExpression> out = new ArrayList<>();
        for (TimexGrammar.Found f : grammar.find(s, new Tense(s, text.sentences()), anchor)) {
            out.add(new TimeExpression(f.start(), f.end(), s.substring(f.start(), f.end()), f.type(), f.value()));
        }
        return out;
    }
}
