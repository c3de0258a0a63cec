package org.dateline.page.internal;

/** Whitespace as readers see it: runs of spaces, tabs, newlines and no-break spaces count as one space. */
public final class Whitespace {
    private Whitespace() {
    }

    /** {@code s} with whitespace runs collapsed to one space and trimmed; null stays null. */
    public static String normalize(String s) {
        return s == null ? null : collapse(s, Whitespace::isSpace);
    }

    /** Characters that {@code space} accepts, in runs, collapsed to one space; leading and trailing ones dropped. */
    public static String collapse(String s, Space space) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (space.test(c)) {
                pending = sb.length() > 0;
            } else {
                if (pending) sb.append(' ');
                pending = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Which characters count as white space (a char test, so no boxing in the hot loop). */
    @FunctionalInterface
    public interface Space {
        boolean test(char c);
    }

    static boolean isSpace(char c) {
        // Below U+1680 (the first Unicode space past Latin-1) the answer needs no lookup; text in most scripts
        // (Cyrillic, Greek, Arabic, Hebrew) lies there.
        if (c < 0x1680) return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f || c == '\u00a0';
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u200b'
                || c == '\ufeff';
    }
}
