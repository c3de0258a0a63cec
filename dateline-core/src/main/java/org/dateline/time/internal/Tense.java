package org.dateline.time.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.dateline.text.Sentence;

/**
 * Whether a time expression points ahead of the story's date: a future cue ("will", "next", "plans to",
 * "is scheduled") in its sentence before it, or right after it. News defaults to the past.
 */
public final class Tense {
    private static final Pattern FUTURE = Pattern.compile("(?i)(?<![\\w'])(?:will|won't|'ll|\u2019ll|shall|going\\sto"
            + "|plans?\\sto|planned|planning|scheduled|expects?\\sto|expected|is\\sto|are\\sto|set\\sto"
            + "|upcoming|coming|next|hopes?\\sto|intends?\\sto|aims?\\sto|until|deadline|effective)(?![\\w'])");
    // Regular past forms ("stepped", "received") count too; "scheduled" and "expected" are future cues and win ties.
    private static final Pattern PAST = Pattern.compile("(?i)(?<![\\w'])(?:said|says|was|were|had|did|ago|last|earlier"
            + "|since|rose|fell|began|came|went|took|made|brought|met|told|won|lost|left|sold|bought|paid"
            + "|(?<!\\bbe\\s)(?<!\\bbeen\\s)[a-z]{2,}[a-df-z]ed)(?![\\w'])"); // not "succeed", not passive "be held"

    private final String text;
    private final List<Sentence> sentences;

    public Tense(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    /** True when the expression at {@code [start, end)} most likely refers to a time after the story's date. */
    public boolean future(int start, int end) {
        return direction(start, end) > 0;
    }

    /** +1 when a cue points ahead, -1 when one points back, 0 when the sentence says nothing either way. */
    public int direction(int start, int end) {
        int from = 0;
        int to = text.length();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.end() <= start) lo = mid + 1;
            else if (s.start() > start) hi = mid - 1;
            else {
                from = s.start();
                to = s.end();
                break;
            }
        }
        // The nearest cue before the expression decides; a cue right after ("Friday, it will") too.
        String before = text.substring(Math.max(from, start - 120), start);
        String after = text.substring(end, Math.min(Math.max(end, to), end + 40));
        int lastFuture = lastMatch(FUTURE, before);
        int lastPast = lastMatch(PAST, before);
        if (lastFuture >= 0 || lastPast >= 0) return lastFuture >= lastPast ? 1 : -1;
        boolean futureAfter = FUTURE.matcher(after).find();
        boolean pastAfter = PAST.matcher(after).find();
        if (futureAfter != pastAfter) return futureAfter ? 1 : -1;
        return 0;
    }

    private static int lastMatch(Pattern p, String s) {
        var m = p.matcher(s);
        int last = -1;
        while (m.find()) last = m.start();
        return last;
    }
}
