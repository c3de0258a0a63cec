package org.dateline.actor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.Problem;

/**
 * A CAMEO actor dictionary in the PETRARCH/TABARI format: a primary phrase with an optional default code,
 * synonyms on lines starting with '+', and code restrictions on indented lines ({@code [RUSGOV >080508]},
 * {@code [USAGOV 20090120-20170120]}, {@code [USAELI]}). Several files can be read into one dictionary;
 * a phrase read later replaces the same phrase read earlier, which is how update files correct old roles.
 */
public final class ActorDictionary {
    /** What an entry names, as far as the dictionary tells. */
    public enum Kind { COUNTRY, PERSON, ORGANIZATION }

    /** A code valid from {@code from} to {@code to} inclusive (yyyymmdd); open ends are MIN/MAX. */
    public record DatedCode(String code, int from, int to) {
        boolean covers(int day) {
            return day >= from && day <= to;
        }
    }

    /** One record: its primary name, default code and dated codes. */
    public static final class Entry {
        final String name;
        String defaultCode;
        final List<DatedCode> dated = new ArrayList<>(2);

        Entry(String name, String defaultCode) {
            this.name = name;
            this.defaultCode = defaultCode;
        }

        /** The primary phrase, readable ("Vladimir Putin"). */
        public String name() {
            return name;
        }

        /** The code on {@code date} (null: today), or null when the entry has none then. */
        public String codeOn(LocalDate date) {
            LocalDate d = date == null ? LocalDate.now() : date;
            int day = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            for (DatedCode c : dated) if (c.covers(day)) return c.code;
            return defaultCode;
        }

        /** Every code the entry ever has: its country is the first three letters of any of them. */
        public String anyCode() {
            if (defaultCode != null) return defaultCode;
            return dated.isEmpty() ? null : dated.get(dated.size() - 1).code;
        }

        public Kind kind() {
            Kind k = kind;
            if (k == null) kind = k = computeKind();
            return k;
        }

        private Kind computeKind() {
            String code = anyCode();
            if (code != null && isCountryCode(code)) return Kind.COUNTRY;
            for (DatedCode c : dated) if (c.from != Integer.MIN_VALUE || c.to != Integer.MAX_VALUE) return Kind.PERSON;
            return Kind.ORGANIZATION;
        }

        private Kind kind;
    }

    /** A bare three-letter state code ("RUS"), not a sector like "IGO" or "NGO". */
    public static boolean isCountryCode(String code) {
        return code.length() == 3 && !NON_STATE.contains(code);
    }

    private static final java.util.Set<String> NON_STATE = java.util.Set.of("IGO", "NGO", "MNC", "IMG", "UIS",
            "NGM", "REB", "OPP", "MIL", "GOV", "BUS", "CVL", "MED", "WST", "EEC", "AFR", "ASA", "EUR", "MEA",
            "LAM", "NAF", "SAM", "SAS", "SEA", "WAF", "CAS", "CAU", "EAF", "CRB", "BLK", "BAL", "---");

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    /** Only a country's own words take a short plural: "Turks", "Poles", "Thais". */
    private final PhraseTrie<Entry> phrases = new PhraseTrie<>(true, e -> e.kind() == Kind.COUNTRY);
    /** Entries by the first and last word of each of their phrases: people named by surname after a title. */
    private final java.util.Map<String, List<Entry>> byLastWord = new java.util.HashMap<>();
    /**
     * The surname keys of six letters or more by their first three letters ("<MIT") and by their last three
     * ("&gt;AND"): a word one letter away from a key shares one of the two with it, so a near match looks at a
     * few keys instead of every one. Built on first use, dropped when a file adds names.
     */
    private volatile java.util.Map<String, List<String>> surnamesByEnds;
    private final List<String> warnings = new ArrayList<>();

    public PhraseTrie<Entry> phrases() {
        return phrases;
    }

    /** Problems met while reading, one line each (file:line, Problem E008). */
    public List<String> warnings() {
        return warnings;
    }

    /** Reads one actor file into this dictionary; malformed lines are reported and skipped. */
    public void read(BufferedReader in, String file) throws IOException {
        Entry current = null;
        for (DictionaryLines.Line l : DictionaryLines.read(in)) {
            int lineNo = l.number();
            String body = stripComment(l.raw());
            if (body.isBlank()) continue;
            boolean indented = Character.isWhitespace(body.charAt(0));
            body = body.strip();
            try {
                if (indented && body.startsWith("[")) {
                    if (current == null) throw new IllegalArgumentException("code restriction before any actor");
                    restriction(current, body);
                } else if (body.startsWith("+")) {
                    if (current == null) throw new IllegalArgumentException("synonym before any actor");
                    String[] pc = phraseAndCode(body.substring(1));
                    add(pc[0], current);
                } else if (body.startsWith("[")) {
                    throw new IllegalArgumentException("code without a phrase (indent restrictions with a tab)");
                } else {
                    int open = body.indexOf('[');
                    String phrase = (open < 0 ? body : body.substring(0, open)).strip();
                    if (phrase.isEmpty()) throw new IllegalArgumentException("code without a phrase");
                    current = new Entry(pretty(phrase), null);
                    // "JAVIER_SOLANA_ [IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]": every bracket counts.
                    while (open >= 0) {
                        int close = body.indexOf(']', open);
                        if (close < 0) throw new IllegalArgumentException("unclosed '[' in '" + body + "'");
                        restriction(current, body.substring(open, close + 1));
                        open = body.indexOf('[', close);
                    }
                    String[] pc = {phrase};
                    add(pc[0], current);
                }
            } catch (IllegalArgumentException e) {
                warnings.add(Problem.E008.format(file, lineNo, e.getMessage()));
            }
        }
    }

    private void add(String phrase, Entry entry) {
        List<String> words = Words.phrase(phrase);
        if (words.isEmpty()) throw new IllegalArgumentException("empty phrase");
        boolean stem = !phrase.endsWith("_");
        phrases.put(words, stem, entry);
        String[] parts = phrase.strip().split("\\s+");
        if (parts.length > 1) {
            // A blank between words lets others stand between them ("ITHILEN TELEVISION" finds "Ithilen
            // state-run television"); an underscore keeps them together.
            List<String> all = new java.util.ArrayList<>();
            List<Boolean> gap = new java.util.ArrayList<>();
            for (String part : parts) {
                List<String> ws = Words.phrase(part);
                for (int k = 0; k < ws.size(); k++) {
                    all.add(ws.get(k));
                    gap.add(k == 0 && !all.isEmpty() && all.size() > 1);
                }
            }
            phrases.putGapped(all, gap, entry);
        }
        if (words.size() >= 2) {
            // The family name is the last word in most names and the first in East Asian ones ("KIM_DAE_JUNG"):
            // both are kept, so that a surname shared across countries stays ambiguous.
            for (String w : new String[] {words.get(words.size() - 1), words.get(0)}) {
                List<Entry> same = byLastWord.computeIfAbsent(w, k -> new ArrayList<>(1));
                if (same.isEmpty() || same.get(same.size() - 1) != entry) same.add(entry);
                surnamesByEnds = null;
            }
        }
    }

    /**
     * The people whose name ends or begins with {@code surname} (a normalised word, "MUGABE"); when none does and the
     * word is long enough to be told from others, those whose surname differs from it by one letter
     * (a typing slip: "MITTERAND" for "MITTERRAND").
     */
    public List<Entry> peopleBySurname(String surname) {
        List<Entry> exact = people(byLastWord.get(surname));
        if (!exact.isEmpty() || surname.length() < 7) return exact;
        // One edit at letter i of a word of seven letters or more leaves its first three letters (i >= 3) or its
        // last three (i < 3, the rest after the edit being equal and at least four long) as they were.
        java.util.Map<String, List<String>> ends = surnamesByEnds();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        keys.addAll(ends.getOrDefault("<" + surname.substring(0, 3), List.of()));
        keys.addAll(ends.getOrDefault(">" + surname.substring(surname.length() - 3), List.of()));
        List<Entry> near = new ArrayList<>();
        for (String key : keys) {
            if (oneEditApart(surname, key)) near.addAll(people(byLastWord.get(key)));
        }
        return near;
    }

    private java.util.Map<String, List<String>> surnamesByEnds() {
        java.util.Map<String, List<String>> ends = surnamesByEnds;
        if (ends == null) {
            ends = new java.util.HashMap<>();
            for (String key : new java.util.TreeSet<>(byLastWord.keySet())) {
                if (key.length() < 6) continue;
                ends.computeIfAbsent("<" + key.substring(0, 3), k -> new ArrayList<>()).add(key);
                ends.computeIfAbsent(">" + key.substring(key.length() - 3), k -> new ArrayList<>()).add(key);
            }
            surnamesByEnds = ends;
        }
        return ends;
    }

    private static List<Entry> people(List<Entry> entries) {
        if (entries == null) return List.of();
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) if (e.kind() == Kind.PERSON) out.add(e);
        return out;
    }

    /** One letter inserted, dropped or changed. */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) i++;
        if (la == lb) return a.substring(i + 1).equals(b.substring(i + 1));
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** TABARI comments: '#' always; ';' after a phrase (";  CountryInfo.txt"). */
    static String stripComment(String line) {
        int cut = line.length();
        int hash = line.indexOf('#');
        if (hash >= 0) cut = hash;
        int semi = line.indexOf(';');
        if (semi >= 0 && semi < cut) cut = semi;
        return line.substring(0, cut);
    }

    /** "PHRASE_ [CODE]" -> {phrase, code or null}. */
    static String[] phraseAndCode(String body) {
        int open = body.indexOf('[');
        if (open < 0) return new String[] {body.strip(), null};
        int close = body.indexOf(']', open);
        if (close < 0) throw new IllegalArgumentException("unclosed '[' in '" + body.strip() + "'");
        String phrase = body.substring(0, open).strip();
        String code = body.substring(open + 1, close).strip();
        if (phrase.isEmpty()) throw new IllegalArgumentException("code without a phrase");
        return new String[] {phrase, code.isEmpty() ? null : code.toUpperCase()};
    }

    static void restriction(Entry e, String body) {
        int close = body.indexOf(']');
        if (close < 0) throw new IllegalArgumentException("unclosed '[' in '" + body + "'");
        String inner = body.substring(1, close).strip();
        if (inner.isEmpty()) throw new IllegalArgumentException("empty code restriction");
        // "[EGYGOV > 140608]", "[HOBGOV 19950601 - 19990815]": blanks inside the restriction are unambiguous.
        String[] split = BLANKS.split(inner, 2);
        String code = split[0].toUpperCase();
        if (split.length == 1) {
            e.defaultCode = code;
            return;
        }
        String r = BLANKS.matcher(split[1]).replaceAll("");
        if (r.indexOf('[') >= 0 || r.indexOf(']') >= 0) throw new IllegalArgumentException("bad code restriction '" + inner + "'");
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        if (r.startsWith("<")) {
            to = date(r.substring(1));
        } else if (r.startsWith(">")) {
            from = date(r.substring(1));
        } else {
            int dash = r.indexOf('-');
            if (dash < 0) throw new IllegalArgumentException("bad date range '" + r + "'");
            from = date(r.substring(0, dash));
            String end = r.substring(dash + 1);
            if (!end.isEmpty()) to = date(end);
        }
        e.dated.add(new DatedCode(code, from, to));
    }

    /** YYYYMMDD or YYMMDD (two-digit years up to 30 are 20xx: the files were made around 2014). */
    static int date(String s) {
        if (!s.chars().allMatch(Character::isDigit) || (s.length() != 6 && s.length() != 8)) {
            throw new IllegalArgumentException("bad date '" + s + "' (YYMMDD or YYYYMMDD)");
        }
        int v = Integer.parseInt(s);
        if (s.length() == 6) {
            int yy = v / 10000;
            v += (yy <= 30 ? 20000000 : 19000000);
        }
        int m = v / 100 % 100;
        int d = v % 100;
        if (m < 1 || m > 12 || d < 1 || d > 31) throw new IllegalArgumentException("bad date '" + s + "'");
        return v;
    }

    /** "VLADIMIR_PUTIN_" -> "Vladimir Putin". */
    static String pretty(String phrase) {
        String[] words = BLANKS.split(phrase.replace('_', ' ').strip());
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (sb.length() > 0 && SMALL_WORDS.contains(lower)) {
                sb.append(lower);
            } else if (w.length() <= 4 && (ACRONYMS.contains(w) || w.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0))) {
                sb.append(w); // "US", "NATO", "FSB"
            } else {
                sb.append(Character.toUpperCase(w.charAt(0))).append(lower.substring(1));
            }
        }
        return sb.toString();
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "the", "and", "for", "in", "on", "de");
    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("US", "UN", "EU", "UK", "USA", "UAE", "AU",
            "NATO", "OSCE", "OPEC", "IAEA", "UNHCR", "ASEAN", "OAS", "IMF", "WHO", "WTO", "ICC", "ICRC", "CIA", "FBI", "NASA");
}
