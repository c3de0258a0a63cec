package org.dateline.place.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.place.GazetteerEntry;

/** Gazetteer names by {@link Names#key}: the entries each name may mean. */
public final class NameIndex {
    private final Map<String, List<NameHit>> others = new HashMap<>(1024);
    /** Populated places by key: codes {@code 2 * city + (alternate ? 1 : 0)}. */
    private final Map<String, int[]> cityCodes = new HashMap<>(1 << 17);
    private final Map<String, GazetteerEntry> abbreviations = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private CityTable cities;
    private int longestWords = 1;

    void add(String name, NameHit hit) {
        String key = Names.key(name);
        if (key.isEmpty()) return;
        List<NameHit> list = others.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (NameHit h : list) {
            // One hit per entry and written form: an entry's own name wins over an alternate with the same key.
            if (h.entry() == hit.entry() && Objects.equals(h.exactForm(), hit.exactForm())) {
                if (h.alternate() && !hit.alternate()) list.set(list.indexOf(h), hit);
                return;
            }
        }
        list.add(hit);
        countWords(key);
    }

    void addCity(String key, int code) {
        int[] codes = cityCodes.get(key);
        if (codes == null) {
            cityCodes.put(key, new int[] {code});
            countWords(key);
        } else {
            int[] more = Arrays.copyOf(codes, codes.length + 1);
            more[codes.length] = code;
            cityCodes.put(key, more);
        }
    }

    void addDemonym(String word, String iso2) {
        demonyms.put(word, iso2);
    }

    /** The country an adjective of nationality ("Lebanese") points to, or null; plurals too ("Syrians"). */
    public String demonymCountry(String written) {
        String c = demonyms.get(written);
        if (c == null && written.length() > 3 && written.endsWith("s")) c = demonyms.get(written.substring(0, written.length() - 1));
        return c;
    }

    void setCities(CityTable table) {
        this.cities = table;
    }

    void addAbbreviation(String written, GazetteerEntry region) {
        abbreviations.put(written, region);
    }

    private void countWords(String key) {
        if (key.indexOf(' ') < 0) return;
        int words = 1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') words++;
        longestWords = Math.max(longestWords, words);
    }

    /** The hits for a key, empty when none. */
    public List<NameHit> hits(String key) {
        List<NameHit> other = others.get(key);
        int[] codes = cityCodes.get(key);
        if (codes == null) return other == null ? List.of() : other;
        List<NameHit> out = new ArrayList<>(codes.length + (other == null ? 0 : other.size()));
        boolean country = false;
        if (other != null) {
            out.addAll(other);
            for (NameHit h : other) if (h.entry().kind() == GazetteerEntry.Kind.COUNTRY) country = true;
        }
        for (int code : codes) {
            int city = code >> 1;
            boolean alternate = (code & 1) == 1;
            // "Mexico" and "Panama" are alternate names of their capitals, but mean the country. (A state's name
            // may mean its city: "New York" is an alternate name of New York City.)
            if (alternate && country) continue;
            out.add(new NameHit(cities.entry(city), alternate, !alternate && cities.common(city), null));
        }
        return out;
    }

    /** The region an AP-style abbreviation ("Tex.", "N.Y.") stands for after a comma, or null. */
    public GazetteerEntry abbreviation(String written) {
        return abbreviations.get(written);
    }

    /** The most words any name has, so a matcher knows how far to look ahead. */
    public int longestWords() {
        return longestWords;
    }
}
