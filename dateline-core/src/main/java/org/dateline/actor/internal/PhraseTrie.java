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
        this.pluralOfWholeWords = pluralOfWholeWords;
    }

    private static final class Node<V> {
        Map<String, Node<V>> next;
        V value;
        Map<String, V> stems;
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
            } else if (pluralOfWholeWords && n.next != null && w.length() >= 6 && w.endsWith("S") && (best == null || best.length < i - from + 1)) {
                // "Liberians", "Palestinians": a plural of a whole-word entry names the same actor.
                Node<V> singular = n.next.get(w.substring(0, w.length() - 1));
                if (singular != null && singular.value != null) best = new Match<>(i - from + 1, singular.value, true);
            }
            n = c;
        }
        return best;
    }

    private static boolean allLetters(String w, int from) {
        for (int i = from; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
        return true;
    }
}
