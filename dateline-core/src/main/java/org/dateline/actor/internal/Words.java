package org.dateline.actor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word normalisation shared by the dictionaries and the text side, so both meet in the same form. */
public final class Words {
    private Words() {
    }

    /** Upper case, typographic apostrophes and dashes folded, dots of abbreviations dropped ("U.S." -> "US"). */
    public static String norm(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '`') c = '\'';
            else if (c == '\u2010' || c == '\u2011' || c == '\u2013') c = '-';
            if (c == '.' && word.length() > 1) continue;
            sb.append(Character.toUpperCase(c));
        }
        return sb.length() == 0 ? word.toUpperCase(Locale.ROOT) : sb.toString();
    }

    /** A dictionary phrase ("RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN") as normalised words. */
    public static List<String> phrase(String phrase) {
        List<String> out = new ArrayList<>(4);
        int n = phrase.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(phrase.charAt(i))) i++;
            int j = i;
            while (j < n && !isSeparator(phrase.charAt(j))) j++;
            if (j == i) break;
            String w = phrase.substring(i, j);
            i = j;
            // "PUTIN'S" in a dictionary meets the tokenizer's "PUTIN" + "'S".
            if (w.length() > 2 && (w.endsWith("'S") || w.endsWith("\u2019S"))) {
                out.add(norm(w.substring(0, w.length() - 2)));
                out.add("'S");
            } else {
                String normalised = norm(w);
                if (!normalised.isEmpty()) out.add(normalised);
            }
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == ' ' || c == '\t';
    }

    /** Regular English plural of an upper-case noun, as the PETRARCH formats define it. */
    public static String plural(String noun) {
        if (noun.endsWith("Y") && noun.length() > 1 && "AEIOU".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "IES";
        }
        if (noun.endsWith("SS") || noun.endsWith("SH") || noun.endsWith("CH") || noun.endsWith("X")) return noun + "ES";
        return noun + "S";
    }
}
