package org.dateline.place.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.place.GazetteerEntry;

/** Gazetteer names by {@link Names#key}: the entries each name may mean. */
public final class NameIndex {
    private final Map<String, List<NameHit>> byKey = new HashMap<>(1 << 17);
    private final Map<String, GazetteerEntry> abbreviations = new HashMap<>();
    private int longestWords = 1;

    void addAbbreviation(String written, GazetteerEntry region) {
        abbreviations.put(written, region);
    }

    /** The region an AP-style abbreviation ("Tex.", "N.Y.") stands for after a comma, or null. */
    public GazetteerEntry abbreviation(String written) {
        return abbreviations.get(written);
    }

    void add(String name, NameHit hit) {
        addKey(Names.key(name), hit);
    }

    /** Adds a hit under a key already made by {@link Names#key} (the extract stores keys to load fast). */
    void addKey(String key, NameHit hit) {
        if (key.isEmpty()) return;
        List<NameHit> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (NameHit h : list) {
            // One hit per entry: its own name wins over an alternate spelling with the same key.
            if (h.entry() == hit.entry() && java.util.Objects.equals(h.exactForm(), hit.exactForm())) {
                if (h.alternate() && !hit.alternate()) list.set(list.indexOf(h), hit);
                return;
            }
        }
        list.add(hit);
        if (key.indexOf(' ') > 0) {
            int words = 1;
            for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') words++;
            longestWords = Math.max(longestWords, words);
        }
    }

    /** The hits for a key, empty when none. */
    public List<NameHit> hits(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The most words any name has, so a matcher knows how far to look ahead. */
    public int longestWords() {
        return longestWords;
    }
}
