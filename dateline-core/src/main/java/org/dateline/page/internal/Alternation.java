package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code pattern.matcher(s).find()} for a pattern written as a list of alternatives ({@code a|b|c}), answered
 * with plain string comparison for the alternatives that are plain words. The regex engine tries every
 * alternative at every position, which made class-name checks over long class lists the page stage's largest
 * cost; here only the words starting with the character at hand are compared. Alternatives with regex syntax
 * (a {@code \b}, a {@code ?}) stay a regex, so the answer is the pattern's own whatever its words.
 */
public final class Alternation {
    private static final String META = "\\^$.|?*+()[]{}";
    private final Pattern pattern;
    /** Plain-word alternatives by their first character (ASCII only; others go to {@link #residual}). */
    private final String[][] byFirst = new String[128][];
    /** The alternatives that are not plain ASCII words, each on its own (none: an empty array). */
    private final Pattern[] residual;
    /**
     * For each residual alternative, words one of which each of its matches holds (null when not known): the
     * alternative is only tried on a string holding one.
     */
    private final String[][] residualNeeds;

    private Alternation(Pattern pattern) {
        this.pattern = pattern;
        List<String> alternatives = pattern.flags() == 0 ? topLevelAlternatives(pattern.pattern()) : null;
        if (alternatives == null) {
            residual = new Pattern[] {pattern};
            residualNeeds = new String[1][];
            return;
        }
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < 128; i++) buckets.add(new ArrayList<>());
        List<String> rest = new ArrayList<>();
        for (String a : alternatives) {
            if (isPlainAsciiWord(a)) buckets.get(a.charAt(0)).add(a);
            else rest.add(a);
        }
        for (int i = 0; i < 128; i++) {
            if (!buckets.get(i).isEmpty()) byFirst[i] = buckets.get(i).toArray(new String[0]);
        }
        if (java.util.regex.Pattern.compile("\\\\(?:\\d|k<)").matcher(String.join("|", rest)).find()) {
            // A back reference counts groups across alternatives: those stay one pattern.
            residual = rest.isEmpty() ? new Pattern[0] : new Pattern[] {Pattern.compile(String.join("|", rest))};
            residualNeeds = new String[residual.length][];
            return;
        }
        // Each alternative alone: the string is searched for those whose words it holds, not for all of them.
        residual = new Pattern[rest.size()];
        residualNeeds = new String[rest.size()][];
        for (int i = 0; i < rest.size(); i++) {
            residual[i] = Pattern.compile(rest.get(i));
            List<String> needs = requiredAnyOf(rest.get(i));
            residualNeeds[i] = needs == null ? null : needs.toArray(new String[0]);
        }
    }

    /** A matcher answering as {@code pattern} does. */
    public static Alternation of(Pattern pattern) {
        return new Alternation(pattern);
    }

    /** The pattern this answers for. */
    public Pattern pattern() {
        return pattern;
    }

    /** Same as {@code pattern().matcher(s).find()}. */
    public boolean find(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) continue;
            String[] words = byFirst[c];
            if (words == null) continue;
            for (String w : words) {
                if (s.startsWith(w, i)) return true;
            }
        }
        for (int r = 0; r < residual.length; r++) {
            String[] needs = residualNeeds[r];
            if (needs != null) {
                boolean possible = false;
                for (String need : needs) {
                    if (s.contains(need)) {
                        possible = true;
                        break;
                    }
                }
                if (!possible) continue;
            }
            if (residual[r].matcher(s).find()) return true;
        }
        return false;
    }

    /**
     * Words one of which every match of {@code alternative} holds: its longest plain run ({@link #requiredRun}),
     * or, for one that opens with a group of plain-word choices ({@code (?:image|photo)[-_]?caption}), those
     * words. Null when neither is known.
     */
    static List<String> requiredAnyOf(String alternative) {
        String run = requiredRun(alternative);
        if (run != null) return List.of(run);
        if (!alternative.startsWith("(?:")) return null;
        int depth = 0;
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (c == '\\' || c == '[') return null;
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) {
                // The group must occur: not followed by a quantifier.
                if (i + 1 < alternative.length() && "?*+{".indexOf(alternative.charAt(i + 1)) >= 0) return null;
                List<String> choices = topLevelAlternatives(alternative.substring(3, i));
                if (choices == null) return null;
                List<String> out = new ArrayList<>();
                for (String choice : choices) {
                    String need = isPlainAsciiWord(choice) ? choice : requiredRun(choice);
                    if (need == null) return null;
                    out.add(need);
                }
                return out;
            }
        }
        return null;
    }

    /**
     * The longest run of plain characters that every match of {@code alternative} contains (for {@code ads?\b},
     * "ad"), or null when it has groups, classes or no such run of two or more characters.
     */
    static String requiredRun(String alternative) {
        String best = "";
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (c == '(' || c == '[' || c == '|' || c >= 128) return null;
            boolean quantified = i + 1 < alternative.length() && "?*+{".indexOf(alternative.charAt(i + 1)) >= 0;
            if (c == '\\' || META.indexOf(c) >= 0 || quantified) {
                if (run.length() > best.length()) best = run.toString();
                run.setLength(0);
                // An escape (\b, \w, \p{L}) is skipped whole.
                if (c == '\\') {
                    if (++i >= alternative.length()) return null;
                    char e = alternative.charAt(i);
                    if (e == 'p' || e == 'P') {
                        int close = alternative.indexOf('}', i);
                        if (close < 0) return null;
                        i = close;
                    } else if (Character.isLetterOrDigit(e) && "bBwWdDsSAzZG".indexOf(e) < 0) {
                        // \x41, \u0041, \0101 and the like stand for characters this does not work out.
                        return null;
                    }
                }
                if (c == '{') {
                    int close = alternative.indexOf('}', i);
                    if (close < 0) return null;
                    i = close;
                }
                // What a quantifier applies to may occur zero times (or repeat): it is not part of a run.
                continue;
            }
            run.append(c);
        }
        if (run.length() > best.length()) best = run.toString();
        return best.length() >= 2 ? best : null;
    }

    private static boolean isPlainAsciiWord(String a) {
        if (a.isEmpty()) return false;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c >= 128 || c < ' ' || META.indexOf(c) >= 0) return false;
        }
        return true;
    }

    /**
     * The pattern split at its top-level {@code |}; null when it cannot be split safely (an empty alternative,
     * which matches everywhere, or unbalanced syntax).
     */
    static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                // \Q...\E quotes a run that may hold | and brackets: not worth splitting.
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') return null;
                i++;
            } else if (inClass) {
                // Nested classes ([a-z&&[^b]]) are not followed here.
                if (c == '[') return null;
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
                // A ']' first in a class is a literal.
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') i++;
                else if (i + 2 < regex.length() && regex.charAt(i + 1) == '^' && regex.charAt(i + 2) == ']') i += 2;
            } else if (c == '(') {
                // An inline flag such as (?i) changes the alternatives after it: only (?: groups are split around.
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '?'
                        && (i + 2 >= regex.length() || regex.charAt(i + 2) != ':')) {
                    return null;
                }
                depth++;
            } else if (c == ')') {
                if (--depth < 0) return null;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0 || inClass) return null;
        out.add(regex.substring(start));
        for (String a : out) if (a.isEmpty()) return null;
        return out;
    }
}
