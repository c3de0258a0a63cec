package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts article text into tokens and sentences, keeping UTF-16 offsets. Rule-based: a sentence ends at
 * '.', '!' or '?' (and any closing quotes or brackets after it) followed by white space and an
 * upper-case letter, digit or opening quote, unless the word before the stop is a known abbreviation
 * or a single initial; a blank line always ends a sentence.
 */
public final class TextAnalyzer {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj",
            "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "no", "jan", "feb", "mar", "apr", "aug",
            "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "pres", "rev", "ft", "mt",
            "adm", "cmdr", "gens", "reps", "sens", "messrs", "a.m", "p.m");

    private TextAnalyzer() {
    }

    /** Tokens and sentences of {@code text}. */
    public static Text analyze(String text) {
        List<int[]> spans = tokenSpans(text);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>(spans.size());
        int sentenceStart = -1;
        int sentenceIndex = 0;
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (sentenceStart < 0) sentenceStart = s[0];
            tokens.add(new Token(s[0], s[1], text.substring(s[0], s[1]), sentenceIndex));
            boolean last = i == spans.size() - 1;
            if (last || endsSentence(text, spans, i)) {
                sentences.add(new Sentence(sentenceStart, s[1]));
                sentenceStart = -1;
                sentenceIndex++;
            }
        }
        return new Text(text, sentences, tokens);
    }

    private static boolean endsSentence(String text, List<int[]> spans, int i) {
        int[] cur = spans.get(i);
        int[] next = spans.get(i + 1);
        String gap = text.substring(cur[1], next[0]);
        if (gap.indexOf('\n') >= 0 && gap.indexOf('\n') != gap.lastIndexOf('\n')) return true; // blank line
        if (gap.indexOf('\n') >= 0 && isStop(text, cur)) return true;
        if (gap.isEmpty()) return false;
        // Walk back over closing quotes and brackets to the stop itself.
        int j = i;
        while (j >= 0 && isCloser(text, spans.get(j))) j--;
        if (j < 0 || !isStop(text, spans.get(j))) return false;
        String stop = text.substring(spans.get(j)[0], spans.get(j)[1]);
        if (stop.equals(".") && j > 0) {
            int[] prev = spans.get(j - 1);
            if (prev[1] == spans.get(j)[0]) {
                String word = text.substring(prev[0], prev[1]);
                if (ABBREVIATIONS.contains(word.toLowerCase()) ) return false;
                if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;
            }
        }
        char first = text.charAt(next[0]);
        return Character.isUpperCase(first) || Character.isDigit(first) || isOpener(first);
    }

    private static boolean isStop(String text, int[] span) {
        if (span[1] - span[0] == 0) return false;
        char c = text.charAt(span[1] - 1);
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isCloser(String text, int[] span) {
        if (span[1] - span[0] != 1) return false;
        char c = text.charAt(span[0]);
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '\u00AB';
    }

    /** Words (letters, digits, inner apostrophes, hyphens and dots), numbers, and single punctuation marks. */
    static List<int[]> tokenSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == ',')
                            && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))
                            && !(d == ',' && !(Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1))))
                            && !(d == '.' && !Character.isLetterOrDigit(text.charAt(j - 1)))) {
                        // "don't", "Russia-US", "3.5", "1,000", "U.S" stay one token; "Putin's" splits below
                        j++;
                    } else {
                        break;
                    }
                }
                // Abbreviations with a final dot ("U.S.", "Mr.") keep it when the dot is not a sentence end.
                if (j < n && text.charAt(j) == '.' && text.substring(i, j).indexOf('.') > 0) j++;
                int[] span = {i, j};
                splitPossessive(text, span, out);
                i = j;
            } else {
                // Runs of the same mark ("...", "--") are one token.
                int j = i + 1;
                while (j < n && text.charAt(j) == c && (c == '.' || c == '-')) j++;
                out.add(new int[] {i, j});
                i = j;
            }
        }
        return out;
    }

    private static void splitPossessive(String text, int[] span, List<int[]> out) {
        int len = span[1] - span[0];
        if (len > 2) {
            char a = text.charAt(span[1] - 2);
            char s = text.charAt(span[1] - 1);
            if ((a == '\'' || a == '\u2019') && (s == 's' || s == 'S')) {
                out.add(new int[] {span[0], span[1] - 2});
                out.add(new int[] {span[1] - 2, span[1]});
                return;
            }
        }
        out.add(span);
    }
}
