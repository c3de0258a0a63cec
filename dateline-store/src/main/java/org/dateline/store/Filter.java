package org.dateline.store;

import java.time.LocalDate;

/**
 * What to look for; any part may be null (no condition). Strings are matched case-insensitively as
 * substrings (speaker, text) or as code prefixes (actor, event).
 *
 * @param actor   CAMEO actor code prefix, source or target ("RUS" matches RUSGOV)
 * @param event   CAMEO event code prefix ("13" matches 130..139)
 * @param since   first date (events: the event's date; stories and quotes: the story's), inclusive
 * @param until   last date, inclusive
 * @param speaker part of a speaker's name
 * @param text    words to find in article bodies and quotes
 * @param limit   at most this many rows (1..{@value #MAX_LIMIT})
 * @param offset  rows to skip, for paging (0..{@value #MAX_OFFSET})
 */
public record Filter(String actor, String event, LocalDate since, LocalDate until, String speaker, String text,
                     int limit, int offset) {
    public static final int MAX_LIMIT = 100_000;
    public static final int MAX_OFFSET = 10_000_000;
    /** Longest string accepted in any condition: a query is not a document. */
    public static final int MAX_STRING = 200;

    public Filter {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET);
        actor = clean(actor, "actor");
        event = clean(event, "event");
        speaker = clean(speaker, "speaker");
        text = clean(text, "text");
        if (actor != null) actor = actor.toUpperCase(java.util.Locale.ROOT);
    }

    private static String clean(String s, String what) {
        if (s == null || s.isBlank()) return null;
        s = s.strip();
        if (s.length() > MAX_STRING) throw new IllegalArgumentException(what + " longer than " + MAX_STRING + " characters");
        return s;
    }

    /** No condition, the first 100 rows. */
    public static Filter all() {
        return new Filter(null, null, null, null, null, null, 100, 0);
    }

    public Filter withActor(String v) {
        return new Filter(v, event, since, until, speaker, text, limit, offset);
    }

    public Filter withEvent(String v) {
        return new Filter(actor, v, since, until, speaker, text, limit, offset);
    }

    public Filter withDates(LocalDate from, LocalDate to) {
        return new Filter(actor, event, from, to, speaker, text, limit, offset);
    }

    public Filter withSpeaker(String v) {
        return new Filter(actor, event, since, until, v, text, limit, offset);
    }

    public Filter withText(String v) {
        return new Filter(actor, event, since, until, speaker, v, limit, offset);
    }

    public Filter withPage(int newLimit, int newOffset) {
        return new Filter(actor, event, since, until, speaker, text, newLimit, newOffset);
    }
}
