package org.dateline.quote.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into quoted spans: straight and curly double quotes, guillemets, and single
 * quotes where they are not apostrophes. A quote left open at a paragraph's end continues when the next
 * paragraph starts with an opening mark (the newspaper convention); otherwise it ends with its paragraph.
 * Marks inside a double-quoted span are nested quotes and stay part of it.
 */
public final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * One quoted span.
     *
     * @param open         index of the opening mark
     * @param contentStart first index of the quoted words
     * @param contentEnd   one past the last quoted word
     * @param end          one past the closing mark (or {@code contentEnd} when the mark is missing)
     */
    public record Span(int open, int contentStart, int contentEnd, int end) {
        public boolean contains(int pos) {
            return pos >= open && pos < end;
        }
    }

    public static List<Span> find(String s) {
        List<Span> out = new ArrayList<>();
        int n = s.length();
        int dOpen = -1;
        int sOpen = -1;
        int dWidth = 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            // Two apostrophes or two backticks stand for a double quote in some wire copy.
            int width = (c == '\'' || c == '`') && i + 1 < n && s.charAt(i + 1) == c ? 2 : 1;
            if (width == 2) c = '"';
            if (c == '\n') {
                if (dOpen >= 0) {
                    int next = i;
                    while (next < n && Character.isWhitespace(s.charAt(next))) next++;
                    if (next < n && (isDoubleOpener(s.charAt(next)) || s.startsWith("''", next)
                            || s.startsWith("``", next))) {
                        i = next; // the next paragraph continues the quote
                        continue;
                    }
                    add(out, s, dOpen, dWidth, i, i);
                    dOpen = -1;
                }
                sOpen = -1;
                continue;
            }
            if (isDouble(c)) {
                if (dOpen < 0) {
                    if (c == '\u201D' || c == '\u00BB') {
                        // A closing shape with nothing open: a misused opener when it starts a word.
                        if (before(s, i) && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) dOpen = i;
                    } else {
                        dOpen = i;
                    }
                    dWidth = width;
                } else if ((c == '\u201C' || c == '\u00AB') && before(s, i)
                        && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1)) && !glued(s, i)) {
                    // A second opener: the first quote lost its closing mark.
                    add(out, s, dOpen, dWidth, i, i);
                    dOpen = i;
                    dWidth = width;
                } else {
                    add(out, s, dOpen, dWidth, i, i + width);
                    dOpen = -1;
                    sOpen = -1;
                }
                i += width - 1;
            } else if (dOpen < 0 && isSingle(c)) {
                if (sOpen < 0) {
                    if (c != '\u2019' && c != '\u203A' && before(s, i) && i + 1 < n
                            && Character.isLetterOrDigit(s.charAt(i + 1))) sOpen = i;
                } else if (c != '\u2018' && c != '\u2039' && i > 0 && !Character.isWhitespace(s.charAt(i - 1))
                        && (i + 1 >= n || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
                    add(out, s, sOpen, 1, i, i + 1);
                    sOpen = -1;
                }
            }
        }
        if (dOpen >= 0) add(out, s, dOpen, dWidth, n, n);
        return out;
    }

    /** Whether the mark at {@code i} follows a space, a line start, or an opening bracket or dash. */
    private static boolean before(String s, int i) {
        if (i == 0) return true;
        char p = s.charAt(i - 1);
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '\u2014' || p == '\u2013' || p == '-'
                || p == '/' || isDouble(p);
    }

    /** A mark right after a word character closes rather than opens. */
    private static boolean glued(String s, int i) {
        return i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
    }

    private static void add(List<Span> out, String s, int open, int width, int close, int end) {
        int a = open + width;
        int b = close;
        while (a < b && Character.isWhitespace(s.charAt(a))) a++;
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
        if (end == close) end = b;
        if (b > a) out.add(new Span(open, a, b, end));
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    static boolean isDoubleOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u2039' || c == '\u203A';
    }
}
