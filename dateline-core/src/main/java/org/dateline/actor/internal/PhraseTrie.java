package org.dateline.actor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of normalised words mapped to values, searched for the longest match at a position. A phrase
 * may end in a stem ("ARGENTIN" matching "ARGENTINA"): TABARI dictionaries mark whole words with a
 * trailing underscore and leave stems bare.
 */
public final class PhraseTrie<V> {
    /** Longest stem suffix we accept ("BULGAR" + "IAN"). */
    private static final int MAX_STEM_TAIL = 4;
    private static final int MIN_STEM = 4;

    private final Node<V> root = new Node<>();
    private int size;
    /** Whether "-S" on a whole word finds it; not for agents, whose plurals the dictionary lists. */
    private final boolean pluralOfWholeWords;

    public PhraseTrie() {
        this(true);
    }

    public PhraseTrie(boolean pluralOfWholeWords) {
        this(pluralOfWholeWords, v -> false);
    }

    /**
     * @param shortPlural which values also take the plural of a four-letter word ("TURK" -> "Turks", "POLE" ->
     *                    "Poles"); others need six letters, so short names and acronyms do not grow plurals
     */
    public PhraseTrie(boolean pluralOfWholeWords, java.util.function.Predicate<V> shortPlural) {
        this.pluralOfWholeWords = pluralOfWholeWords;
        this.shortPlural = shortPlural;
    }

    private final java.util.function.Predicate<V> shortPlural;

    private static final class Node<V> {
        Map<String, Node<V>> next;
        V value;
        Map<String, V> stems;
    }

    /** A phrase whose words may have up to {@link #MAX_GAP} others between them where {@code gap} says so. */
    private record Gapped<V>(List<String> words, List<Boolean> gap, V value) {
    }

    private static final int MAX_GAP = 2;
    private Map<String, List<Gapped<V>>> gapped;

    /** Adds a phrase whose words may stand apart: {@code gap.get(k)} allows words before word k. */
    public void putGapped(List<String> words, List<Boolean> gap, V value) {
        if (words.size() < 2 || !gap.contains(true)) return;
        if (gapped == null) gapped = new HashMap<>();
        gapped.computeIfAbsent(words.get(0), k -> new java.util.ArrayList<>(1)).add(new Gapped<>(words, gap, value));
    }

    /** The length of a gapped phrase's match at {@code from}, or -1. */
    private static int matchGapped(Gapped<?> g, List<String> words, int from) {
        int pos = from + 1;
        for (int k = 1; k < g.words.size(); k++) {
            String w = g.words.get(k);
            int limit = g.gap.get(k) ? Math.min(words.size(), pos + MAX_GAP + 1) : Math.min(words.size(), pos + 1);
            int found = -1;
            for (int j = pos; j < limit; j++) {
                if (words.get(j).equals(w)) {
                    found = j;
                    break;
                }
                if (!Character.isLetter(words.get(j).charAt(0))) break;
            }
            if (found < 0) return -1;
            pos = found + 1;
        }
        return pos - from;
    }

    /** A match: {@code length} words from the start, exact or through a stem. */
    public record Match<V>(int length, V value, boolean stem) {
    }

    /** Adds (or replaces: later dictionaries override earlier ones) a phrase. */
    public void put(List<String> words, boolean lastIsStem, V value) {
        if (words.isEmpty()) return;
        Node<V> n = root;
        for (int i = 0; i < words.size() - 1; i++) {
            if (n.next == null) n.next = new HashMap<>(4);
            n = n.next.computeIfAbsent(words.get(i), k -> new Node<>());
        }
        String last = words.get(words.size() - 1);
        if (n.next == null) n.next = new HashMap<>(4);
        Node<V> leaf = n.next.computeIfAbsent(last, k -> new Node<>());
        if (leaf.value == null) size++;
        leaf.value = value;
        if (lastIsStem && last.length() >= MIN_STEM && Character.isLetter(last.charAt(last.length() - 1))) {
            if (n.stems == null) n.stems = new HashMap<>(4);
            n.stems.put(last, value);
        }
    }

    public int size() {
        return size;
    }

    /** Longest match of a phrase starting at {@code words[from]}; exact matches beat stems of equal length. */
    public Match<V> longest(List<String> words, int from) {
        Match<V> best = null;
        Node<V> n = root;
        for (int i = from; i < words.size() && n != null; i++) {
            String w = words.get(i);
            if (n.stems != null) {
                for (int k = 1; k <= MAX_STEM_TAIL && k < w.length(); k++) {
                    String stem = w.substring(0, w.length() - k);
                    V v = n.stems.get(stem);
                    if (v != null && allLetters(w, w.length() - k)) {
                        if (best == null || best.length < i - from + 1) best = new Match<>(i - from + 1, v, true);
                        break;
                    }
                }
            }
            Node<V> c = n.next == null ? null : n.next.get(w);
            if (c != null && c.value != null) {
                best = new Match<>(i - from + 1, c.value, false);
            } else if (pluralOfWholeWords && n.next != null && w.length() >= 5 && w.endsWith("S") && (best == null || best.length < i - from + 1)) {
                // "Liberians", "Palestinians": a plural of a whole-word entry names the same actor.
                Node<V> singular = n.next.get(w.substring(0, w.length() - 1));
                if (singular != null && singular.value != null && (w.length() >= 6 || shortPlural.test(singular.value))) {
                    best = new Match<>(i - from + 1, singular.value, true);
                }
            }
            n = c;
        }
        if (gapped != null && from < words.size()) {
            for (Gapped<V> g : gapped.getOrDefault(words.get(from), List.of())) {
                int len = matchGapped(g, words, from);
                if (len > 0 && (best == null || len > best.length)) best = new Match<>(len, g.value, false);
            }
        }
        return best;
    }

    private static boolean allLetters(String w, int from) {
        for (int i = from; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
        return true;
    }
}
