package org.dateline.place.internal;

import java.text.Normalizer;
import java.util.Locale;

/** How place names are compared: the same key for "Genève", "Geneve", "St. Petersburg" and "Saint-Petersburg". */
public final class Names {
    private Names() {
    }

    /** Without diacritics ("Genève" to "Geneve"); other characters unchanged. */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s;
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) b.append(c);
        }
        return b.toString();
    }

    /**
     * The lookup key: folded, lower case, dots and apostrophes dropped, hyphens and runs of spaces as one space,
     * "St"/"Ste" as "saint".
     */
    public static String key(String name) {
        String f = fold(name).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(f.length());
        boolean space = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`') continue;
            if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || Character.isWhitespace(c) || c == '\u00A0') {
                if (!space) b.append(' ');
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') b.setLength(n - 1);
        String k = b.toString();
        if (k.startsWith("st ") || k.startsWith("ste ") || k.contains(" st ")) {
            k = (" " + k + " ").replace(" st ", " saint ").replace(" ste ", " sainte ").trim();
        }
        return k;
    }
}
