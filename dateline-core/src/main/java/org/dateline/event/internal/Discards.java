package org.dateline.event.internal;

import java.io.BufferedReader;
import org.dateline.actor.internal.DictionaryLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PETRARCH discard list: phrases that void a sentence, or with a leading '+' the whole story (sports,
 * chronologies). Matching ignores case; a phrase ending in '_' must end at a word boundary, else it is a stem.
 */
public final class Discards {
    /**
     * {@code temporal}: a year or "weeks ago"-style phrase. Phoenix voids the sentence, taking it for history;
     * outside PETRARCH's convention only the clause that carries it is history (see {@link #match(String, List)}).
     */
    private record Phrase(String text, boolean story, boolean wholeWord, boolean temporal) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    /** Phrases by their first three characters, so a sentence is scanned once. */
    private final java.util.Map<String, List<Phrase>> byPrefix = new java.util.HashMap<>();

    public void read(BufferedReader in, String file) throws IOException {
        for (DictionaryLines.Line l : DictionaryLines.read(in)) {
            String body = l.body();
            boolean story = body.startsWith("+");
            if (story) body = body.substring(1).strip();
            boolean whole = body.endsWith("_");
            String p = body.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
            if (!p.isEmpty()) {
                Phrase phrase = new Phrase(" " + p, story, whole, !story && temporal(p));
                phrases.add(phrase);
                byPrefix.computeIfAbsent(key(phrase.text, 1), k -> new ArrayList<>()).add(phrase);
            }
        }
    }

    private static boolean temporal(String p) {
        if (p.chars().allMatch(Character::isDigit)) return p.length() == 4;
        return p.endsWith(" ago") || p.endsWith(" later");
    }

    private static String key(String s, int at) {
        return s.substring(at, Math.min(s.length(), at + 3));
    }

    /** 1: the story is void; 0: this sentence is; -1: neither. */
    public int match(String sentence) {
        return match(sentence, null);
    }

    /**
     * As {@link #match(String)}, but with {@code temporal} non-null a year or "weeks ago" phrase does not void
     * the sentence: its character range (in {@code sentence}) is added to the list instead.
     */
    public int match(String sentence, List<int[]> temporal) {
        String s = " " + sentence.toLowerCase(Locale.ROOT).replace('\n', ' ') + " ";
        int result = -1;
        for (int at = 0; at < s.length() - 1; at++) {
            if (s.charAt(at) != ' ') continue;
            for (int len = 1; len <= 3; len++) {
                if (at + 1 + len > s.length()) break;
                List<Phrase> candidates = byPrefix.get(s.substring(at + 1, at + 1 + len));
                if (candidates == null) continue;
                for (Phrase p : candidates) {
                    if (!s.startsWith(p.text, at)) continue;
                    int end = at + p.text.length();
                    if (p.wholeWord && end < s.length() && Character.isLetterOrDigit(s.charAt(end))) continue;
                    if (p.story) return 1;
                    // " 1961" starts at the blank before the word: in the sentence, [at, end - 1).
                    if (p.temporal && temporal != null) temporal.add(new int[] {at, end - 1});
                    else result = 0;
                }
            }
        }
        return result;
    }
}
