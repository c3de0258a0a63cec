package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts article text into tokens and sentences, keeping UTF-16 offsets. Rule-based: a sentence ends at
 * '.', '!' or '?' (and any closing quotes or brackets after it) followed by white space and an
 * upper-case letter, digit or opening quote, unless the word before the stop is a title or a single
 * initial ("Mr. Smith", "George W. Bush"); abbreviations that may also close a sentence ("U.S.", "Inc.",
 * "p.m.") end one only when the next word is a usual sentence opener ("The", "He", "But"). A blank line
 * always ends a sentence.
 */
public final class TextAnalyzer {
    /** Abbreviations that are always followed by more of the same sentence (titles, "No. 5", "Jan. 9"). */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj",
            "st", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "pres", "rev", "ft",
            "mt", "adm", "cmdr", "gens", "reps", "sens", "messrs", "vs", "e.g", "i.e", "cf", "approx", "fig",
            "supt", "insp", "det", "cpl", "pvt", "brig", "hon", "amb", "atty", "lieut");

    /** Abbreviations that often close a sentence too ("... in the U.S. The ..."). */
    private static final Set<String> CLOSING_ABBREVIATIONS = Set.of(
            "inc", "corp", "co", "ltd", "jr", "sr", "etc", "bros", "plc", "llc", "a.m", "p.m");

    /** Closed-class words that open sentences; after an ambiguous abbreviation they signal a new one. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
            "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "as", "if", "when", "while",
            "after", "before", "his", "her", "its", "their", "our", "my", "some", "many", "most", "no",
            "not", "what", "who", "why", "how", "where", "however", "meanwhile", "still", "also", "then",
            "now", "both", "one", "all", "each", "such", "last", "earlier", "later", "since", "with", "by");

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
        int newline = gap.indexOf('\n');
        if (newline >= 0 && newline != gap.lastIndexOf('\n')) return true; // blank line: a paragraph break
        if (gap.isEmpty()) return false;
        // Walk back over closing quotes and brackets to the stop itself.
        int j = i;
        while (j >= 0 && isCloser(text, spans.get(j))) j--;
        if (j < 0 || !isStop(text, spans.get(j))) return false;
        int[] stopSpan = spans.get(j);
        String stop = text.substring(stopSpan[0], stopSpan[1]);
        String word = null; // the abbreviation the dot belongs to, if any
        if (stop.equals(".")) {
            if (j > 0 && spans.get(j - 1)[1] == stopSpan[0]) {
                int[] prev = spans.get(j - 1);
                word = text.substring(prev[0], prev[1]);
            }
        } else if (stop.length() > 1 && stop.endsWith(".") && stop.indexOf('.') < stop.length() - 1) {
            word = stop.substring(0, stop.length() - 1); // "U.S." kept as one token
        }
        String nextWord = text.substring(next[0], next[1]);
        if (word != null) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (TITLES.contains(lower)) return false;
            if ((lower.equals("no") || lower.equals("nos")) && Character.isDigit(nextWord.charAt(0))) return false;
            if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // an initial
            if (CLOSING_ABBREVIATIONS.contains(lower) || isDottedAbbreviation(word)) {
                return newline >= 0 || SENTENCE_OPENERS.contains(nextWord.toLowerCase(Locale.ROOT))
                        || isOpener(nextWord.charAt(0));
            }
        }
        if (newline >= 0) return true;
        char first = nextWord.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || isOpener(first);
    }

    /** "U.S", "J.K", "Ph.D": letters with inner dots, each part short. */
    private static boolean isDottedAbbreviation(String word) {
        if (word.indexOf('.') < 0) return false;
        for (String part : word.split("\\.")) {
            if (part.isEmpty() || part.length() > 2) return false;
            for (int k = 0; k < part.length(); k++) if (!Character.isLetter(part.charAt(k))) return false;
        }
        return true;
    }

    private static boolean isStop(String text, int[] span) {
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
                    } else if (j + 1 < n && joinsWord(d, text.charAt(j - 1), text.charAt(j + 1))) {
                        // "don't", "Russia-US", "3.5", "1,000", "U.S" stay one token; "Putin's" splits below
                        j++;
                    } else {
                        break;
                    }
                }
                // Dotted abbreviations keep their final dot ("U.S."); numbers never do ("3.5.").
                if (j < n && text.charAt(j) == '.' && isDottedAbbreviation(text.substring(i, j))) j++;
                int[] span = {i, j};
                splitPossessive(text, span, out);
                i = j;
            } else {
                int j = i + 1;
                if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(text.charAt(j))) {
                    j++; // an emoji or other astral character is one token, never half of one
                } else {
                    // Runs of the same mark ("...", "--") are one token.
                    while (j < n && text.charAt(j) == c && (c == '.' || c == '-')) j++;
                }
                out.add(new int[] {i, j});
                i = j;
            }
        }
        return out;
    }

    private static boolean joinsWord(char mark, char before, char after) {
        return switch (mark) {
            case '\'', '\u2019', '-' -> Character.isLetterOrDigit(after);
            case '.' -> Character.isLetterOrDigit(after)
                    && (Character.isDigit(before) == Character.isDigit(after)); // "3.5", "U.S" but not "2021.The"
            case ',' -> Character.isDigit(before) && Character.isDigit(after);
            default -> false;
        };
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
