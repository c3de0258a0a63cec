package org.dateline.quote;

import java.util.Locale;

/** Direct ("..." he said), indirect (he said that ...), or mixed (reported speech with a quoted part). */
public enum QuoteKind {
    DIRECT, INDIRECT, MIXED;

    /** The name used in the JSON contract. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
