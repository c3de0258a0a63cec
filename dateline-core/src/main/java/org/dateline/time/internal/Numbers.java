package org.dateline.time.internal;

import java.util.Locale;
import java.util.Map;

/** Reads cardinal and ordinal numbers written in digits or English words ("twenty-four", "2 1/2", "third"). */
public final class Numbers {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("dozen", 12), Map.entry("single", 1));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

    /** Regex for a cardinal in words or digits. */
    public static final String CARDINAL = "(?:\\d+(?:\\.\\d+)?(?: 1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four"
            + "|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|a dozen|(?:a|one|two|three|four|five) hundred|(?:a|one|two|three) thousand)";

    /** Regex for an ordinal in words or digits, up to 31. */
    public static final String ORDINAL = "(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
            + "|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[- ](?:first|second"
            + "|third|fourth|fifth|sixth|seventh|eighth|ninth))";

    private Numbers() {
    }

    /** The value of a cardinal, or NaN when it is not one ("several"). */
    public static double cardinal(String s) {
        String w = s.toLowerCase(Locale.ROOT).trim();
        if (w.matches("\\d+(\\.\\d+)?")) return Double.parseDouble(w);
        if (w.matches("\\d+ 1/2")) return Integer.parseInt(w.substring(0, w.indexOf(' '))) + 0.5;
        if (w.equals("a dozen")) return 12;
        String[] parts = w.split("[- ]");
        if (parts.length == 2 && (parts[1].equals("hundred") || parts[1].equals("thousand"))) {
            Integer n = UNITS.get(parts[0]);
            if (n == null) return Double.NaN;
            return n * (parts[1].equals("hundred") ? 100 : 1000);
        }
        int total = 0;
        for (String p : parts) {
            if (TENS.containsKey(p)) total += TENS.get(p);
            else if (UNITS.containsKey(p)) total += UNITS.get(p);
            else return Double.NaN;
        }
        return total;
    }

    /** The value of an ordinal, or -1. */
    public static int ordinal(String s) {
        String w = s.toLowerCase(Locale.ROOT).trim();
        if (w.matches("\\d{1,2}(st|nd|rd|th)")) return Integer.parseInt(w.substring(0, w.length() - 2));
        Integer v = ORDINALS.get(w);
        if (v != null) return v;
        String[] parts = w.split("[- ]");
        if (parts.length == 2 && TENS.containsKey(parts[0]) && ORDINALS.containsKey(parts[1])) {
            return TENS.get(parts[0]) + ORDINALS.get(parts[1]);
        }
        return -1;
    }
}
