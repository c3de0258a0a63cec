package org.dateline.event.internal;

import java.io.BufferedReader;
import org.dateline.actor.internal.DictionaryLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.Problem;
import org.dateline.actor.internal.Words;

/**
 * A CAMEO verb dictionary in the PETRARCH format: synonym sets ({@code &LABEL} then {@code +word} lines),
 * verb blocks ({@code --- NAME [code] ---}) of verbs with optional irregular forms in braces and codes in
 * brackets, and patterns ({@code - pre * post [code]}) with phrases in braces, prepositional phrases in
 * parentheses, {@code &SYNSET} references, {@code _} for adjacent words and {@code $}/{@code +} marking
 * source and target. Transformations ({@code ~}) are read and ignored.
 */
public final class VerbDictionary {
    /** A verb block: its default code and its patterns. */
    public static final class Block {
        public final String name;
        public final String code;
        /** The code of the reverse event of a paired code ("032:033": A visits B, B hosts A), or null. */
        public final String paired;
        public final List<Pattern> patterns = new ArrayList<>();

        Block(String name, String code, String paired) {
            this.name = name;
            this.code = code;
            this.paired = paired;
        }
    }

    /** One verb form: the block, the verb's own code (or null: the block's), and words around it. */
    public record Sense(Block block, String code, String paired, List<String> before, List<String> after, String lemma) {
        public String defaultCode() {
            return code != null ? code : block.code;
        }

        /** The reverse event's code of the default code, or null. */
        public String defaultPaired() {
            return code != null ? paired : block.paired;
        }
    }

    /**
     * An element of a pattern: one of several word sequences, maybe required right after the previous one.
     * An element without alternatives is {@code ^}: it skips one noun phrase.
     */
    public record Element(List<List<String>> alternatives, boolean adjacent, java.util.Set<String> firstWords) {
        Element(List<List<String>> alternatives, boolean adjacent) {
            this(alternatives, adjacent, firsts(alternatives));
        }

        static final Element SKIP = new Element(List.of(), false);

        public boolean skip() {
            return alternatives.isEmpty();
        }

        private static java.util.Set<String> firsts(List<List<String>> alternatives) {
            java.util.Set<String> s = new java.util.HashSet<>();
            for (List<String> a : alternatives) if (!a.isEmpty()) s.add(a.get(0));
            return s;
        }
    }

    /** A pattern: elements before and after the verb, code, and where source and target sit (-1: unset). */
    public record Pattern(List<Element> pre, List<Element> post, String code, String paired, int sourceAfter, int targetAfter,
                          boolean sourceInPre, boolean targetInPre, boolean preGlued, String text) {
        public int words() {
            int n = 0;
            for (Element e : pre) if (!e.skip()) n += e.alternatives.get(0).size();
            for (Element e : post) if (!e.skip()) n += e.alternatives.get(0).size();
            return n;
        }
    }

    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    /** Blocks by name: an update file's block of the same name adds to it instead of starting a new one. */
    private final Map<String, Block> blocks = new HashMap<>();
    /** Where the next pattern of an extended block goes: before the block's own (-1: at the end). */
    private int patternInsert = -1;
    private final Map<String, List<Sense>> forms = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public List<String> warnings() {
        return warnings;
    }

    /** The senses of a word form ("THREATENED"). */
    public List<Sense> senses(String form) {
        return forms.getOrDefault(form, List.of());
    }

    public int size() {
        return forms.size();
    }

    /** Reads a verb file; with {@code first} its verbs are tried before those already read (an update file). */
    public void read(BufferedReader in, String file, boolean first) throws IOException {
        boolean saved = prepend;
        prepend = first;
        try {
            read(in, file);
        } finally {
            prepend = saved;
        }
    }

    private boolean prepend;

    public void read(BufferedReader in, String file) throws IOException {
        String synset = null;
        boolean synsetNoPlural = false;
        Block block = null;
        for (DictionaryLines.Line l : DictionaryLines.read(in)) {
            int lineNo = l.number();
            String body = l.body();
            try {
                if (body.startsWith("---")) {
                    synset = null;
                    block = header(body);
                    patternInsert = -1;
                    Block known = blocks.get(block.name);
                    if (prepend && known != null) {
                        // "--- KILL [190] ---" in an update file extends CAMEO's KILL block: its patterns are
                        // tried along with (and on a tie before) the block's own, its verbs join the block.
                        block = known;
                        patternInsert = 0;
                    } else {
                        blocks.putIfAbsent(block.name, block);
                    }
                } else if (body.startsWith("&")) {
                    String label = body.split("\\s+")[0];
                    synsetNoPlural = label.endsWith("_");
                    synset = label.endsWith("_") ? label.substring(0, label.length() - 1) : label;
                    synsets.putIfAbsent(synset, new ArrayList<>());
                } else if (body.startsWith("+") && synset != null) {
                    addSynonym(synset, body.substring(1).strip(), synsetNoPlural);
                } else if (body.startsWith("~")) {
                    continue; // transformations: not used by this coder
                } else if (body.startsWith("-")) {
                    if (block == null) throw new IllegalArgumentException("pattern before any verb block");
                    Pattern parsed = pattern(body.substring(1).strip());
                    if (patternInsert >= 0) block.patterns.add(patternInsert++, parsed);
                    else block.patterns.add(parsed);
                } else {
                    synset = null;
                    if (block == null) throw new IllegalArgumentException("verb before any '--- NAME [code] ---' block");
                    verb(block, body);
                }
            } catch (IllegalArgumentException e) {
                warnings.add(Problem.E008.format(file, lineNo, e.getMessage()));
            }
        }
    }

    private static Block header(String body) {
        String inner = body.replaceAll("^-+", "").replaceAll("-+$", "").strip();
        int open = inner.indexOf('[');
        int close = inner.indexOf(']');
        String name = (open < 0 ? inner : inner.substring(0, open)).strip();
        String code = open >= 0 && close > open ? firstCode(inner.substring(open + 1, close)) : "---";
        String paired = open >= 0 && close > open ? pairedCode(inner.substring(open + 1, close)) : null;
        return new Block(name, code, paired);
    }

    /** "042:043" -> "042": the code of the event from source to target. */
    static String firstCode(String code) {
        String c = code.strip();
        int colon = c.indexOf(':');
        return colon > 0 ? c.substring(0, colon) : c;
    }

    /**
     * "032:033" -> "033": a paired code (TABARI's convention) also codes the reverse event, from target to
     * source ("A left for B": A visits B, B hosts A). Null when there is none.
     */
    static String pairedCode(String code) {
        String c = code.strip();
        int colon = c.indexOf(':');
        if (colon < 0) return null;
        String second = c.substring(colon + 1).strip();
        return second.isEmpty() || second.equals("---") ? null : second;
    }

    private void addSynonym(String synset, String phrase, boolean noPlural) {
        List<List<String>> members = synsets.get(synset);
        if (phrase.startsWith("&")) {
            // An embedded synset: its members join this one.
            List<List<String>> inner = synsets.get(phrase.replaceAll("_$", "").split("\\s+")[0]);
            if (inner == null) throw new IllegalArgumentException("undefined synset " + phrase);
            members.addAll(inner);
            return;
        }
        boolean stop = noPlural || phrase.endsWith("_");
        List<String> words = joinContractions(Words.phrase(phrase));
        if (words.isEmpty()) return;
        members.add(words);
        if (!stop) {
            List<String> pl = new ArrayList<>(words);
            pl.set(pl.size() - 1, Words.plural(pl.get(pl.size() - 1)));
            members.add(pl);
        }
    }

    private void verb(Block block, String body) {
        String code = null;
        String paired = null;
        int open = body.indexOf('[');
        if (open >= 0) {
            int close = body.indexOf(']', open);
            if (close < 0) throw new IllegalArgumentException("unclosed '[' in '" + body + "'");
            code = firstCode(body.substring(open + 1, close));
            paired = pairedCode(body.substring(open + 1, close));
            body = body.substring(0, open).strip();
        }
        List<String> irregular = null;
        int brace = body.indexOf('{');
        if (brace >= 0) {
            int end = body.indexOf('}', brace);
            if (end < 0) throw new IllegalArgumentException("unclosed '{' in '" + body + "'");
            irregular = List.of(body.substring(brace + 1, end).strip().split("\\s+"));
            body = body.substring(0, brace).strip();
        }
        if (body.isEmpty() || body.contains(" ")) throw new IllegalArgumentException("bad verb '" + body + "'");
        String lemma = body.replace("+", "").replace('_', ' ');
        addForm(block, code, paired, body, lemma);
        if (irregular != null) {
            for (String f : irregular) if (!f.isEmpty()) addForm(block, code, paired, f, lemma);
        } else {
            for (String f : regularForms(body)) addForm(block, code, paired, f, lemma);
        }
    }

    /** "BEEF_+UP"-style: the '+' word is the verb; the others must stand right before or after it. */
    private void addForm(Block block, String code, String paired, String form, String lemma) {
        String[] parts = form.split("_");
        int verb = 0;
        if (parts.length > 1) {
            verb = -1;
            for (int i = 0; i < parts.length; i++) if (parts[i].startsWith("+")) verb = i;
            if (verb < 0) verb = 0;
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String w = Words.norm(parts[i].replace("+", ""));
            if (w.isEmpty()) continue;
            if (i < verb) before.add(w);
            else if (i > verb) after.add(w);
        }
        String head = Words.norm(parts[verb].replace("+", ""));
        if (head.isEmpty()) return;
        List<Sense> list = forms.computeIfAbsent(head, k -> new ArrayList<>(1));
        Sense sense = new Sense(block, code, paired, before, after, lemma);
        if (prepend) list.add(0, sense);
        else list.add(sense);
    }

    /** Regular English verb forms of a (possibly multi-word) entry: the '+' word, or the first, inflects. */
    static List<String> regularForms(String entry) {
        String[] parts = entry.split("_");
        int verb = 0;
        for (int i = 0; i < parts.length; i++) if (parts[i].startsWith("+")) verb = i;
        String v = parts[verb].replace("+", "");
        List<String> out = new ArrayList<>(3);
        for (String f : inflect(v)) {
            String[] copy = parts.clone();
            copy[verb] = (parts[verb].startsWith("+") ? "+" : "") + f;
            out.add(String.join("_", copy));
        }
        return out;
    }

    static List<String> inflect(String v) {
        String s;
        String ed;
        String ing;
        if (v.endsWith("Y") && v.length() > 1 && "AEIOU".indexOf(v.charAt(v.length() - 2)) < 0) {
            String stem = v.substring(0, v.length() - 1);
            s = stem + "IES";
            ed = stem + "IED";
            ing = v + "ING";
        } else if (v.endsWith("E")) {
            s = v + "S";
            ed = v + "D";
            ing = v.endsWith("EE") ? v + "ING" : v.substring(0, v.length() - 1) + "ING";
        } else {
            s = v.endsWith("S") || v.endsWith("SH") || v.endsWith("CH") || v.endsWith("X") || v.endsWith("Z") ? v + "ES" : v + "S";
            ed = v + "ED";
            ing = v + "ING";
            // Short verbs ending consonant-vowel-consonant double it: "STOPPED".
            int n = v.length();
            boolean cvc = n >= 3 && isConsonant(v.charAt(n - 1)) && "AEIOU".indexOf(v.charAt(n - 2)) >= 0
                    && isConsonant(v.charAt(n - 3)) && "WXY".indexOf(v.charAt(n - 1)) < 0;
            // One syllable ("STOP", "PLAN") doubles; "OPEN", "EDIT" (two syllables, first stressed) do not.
            if (cvc && n <= 4 && vowelGroups(v) == 1) {
                ed = v + v.charAt(n - 1) + "ED";
                ing = v + v.charAt(n - 1) + "ING";
            } else if (cvc) {
                // Longer verbs double when the last syllable is stressed ("REGRETTED", "COMMITTED") and not
                // otherwise ("VISITED"): both forms are made, the wrong one never meets a text.
                return List.of(s, ed, ing, v + v.charAt(n - 1) + "ED", v + v.charAt(n - 1) + "ING");
            }
        }
        return List.of(s, ed, ing);
    }

    private static int vowelGroups(String v) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < v.length(); i++) {
            boolean vowel = "AEIOU".indexOf(v.charAt(i)) >= 0;
            if (vowel && !inVowel) groups++;
            inVowel = vowel;
        }
        return groups;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "AEIOU".indexOf(c) < 0;
    }

    /** Parses "pre * post [code]". */
    Pattern pattern(String body) {
        int open = body.lastIndexOf('[');
        int close = body.lastIndexOf(']');
        if (open < 0 || close < open) throw new IllegalArgumentException("pattern without [code]: '" + body + "'");
        String code = firstCode(body.substring(open + 1, close));
        String paired = pairedCode(body.substring(open + 1, close));
        String spec = body.substring(0, open).strip();
        if (!spec.contains("*")) throw new IllegalArgumentException("pattern without '*': '" + body + "'");
        List<Element> pre = new ArrayList<>();
        List<Element> post = new ArrayList<>();
        boolean afterVerb = false;
        int sourceAfter = -1;
        int targetAfter = -1;
        boolean sourceInPre = false;
        boolean targetInPre = false;
        // Tokenise: braces and parentheses group words; '_' glues words (and the '*') together.
        List<String> tokens = tokenize(spec);
        boolean glueNext = false;
        boolean preGlued = false;
        for (String tok : tokens) {
            if (tok.equals("_")) {
                glueNext = true;
                continue;
            }
            List<Element> side = afterVerb ? post : pre;
            boolean adjacent = glueNext;
            glueNext = false;
            switch (tok) {
                case "*" -> {
                    // "IN_*": the last word before the verb stands right before it.
                    preGlued = adjacent && !pre.isEmpty();
                    afterVerb = true;
                    continue;
                }
                case "$" -> {
                    sourceAfter = side.size();
                    sourceInPre = !afterVerb;
                    continue;
                }
                case "+" -> {
                    targetAfter = side.size();
                    targetInPre = !afterVerb;
                    continue;
                }
                case "%" -> {
                    continue;
                }
                case "^" -> {
                    side.add(Element.SKIP);
                    continue;
                }
                default -> {
                }
            }
            if (tok.startsWith("(") || tok.startsWith("{")) {
                String inner = tok.substring(1, tok.length() - 1).strip();
                boolean first = true;
                for (String part : tokenize(inner)) {
                    if (part.equals("^")) {
                        side.add(Element.SKIP);
                        continue;
                    }
                    if (part.equals("_") || part.equals("$") || part.equals("+") || part.equals("%")) {
                        if (part.equals("+")) {
                            targetAfter = side.size();
                            targetInPre = !afterVerb;
                        } else if (part.equals("$")) {
                            sourceAfter = side.size();
                            sourceInPre = !afterVerb;
                        }
                        continue;
                    }
                    String p = part.startsWith("{") ? part.substring(1, part.length() - 1).strip() : part;
                    for (String w : p.split("\\s+")) {
                        if (w.isEmpty()) continue;
                        side.add(element(w, first && adjacent));
                        first = false;
                    }
                }
            } else {
                side.add(element(tok, adjacent));
            }
        }
        return new Pattern(pre, post, code, paired, sourceAfter, targetAfter, sourceInPre, targetInPre, preGlued, spec);
    }

    private Element element(String word, boolean adjacent) {
        if (word.startsWith("&")) {
            String label = word.replaceAll("_$", "");
            List<List<String>> members = synsets.get(label);
            if (members == null) throw new IllegalArgumentException("undefined synset " + label);
            return new Element(members, adjacent);
        }
        return new Element(List.of(joinContractions(Words.phrase(word))), adjacent);
    }

    /** The Treebank's "DID N'T" meets the text's "didn't", one token for our tokenizer. */
    static List<String> joinContractions(List<String> words) {
        if (!words.contains("N'T")) return words;
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (w.equals("N'T") && !out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + w);
            else out.add(w);
        }
        return out;
    }

    /** Splits a pattern into words, bracket groups and the markers, keeping '_' as its own token. */
    List<String> tokenize(String spec) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = spec.length();
        while (i < n) {
            char c = spec.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == '{') {
                char closer = c == '(' ? ')' : '}';
                int depth = 0;
                int j = i;
                while (j < n) {
                    char d = spec.charAt(j);
                    if (d == '(' || d == '{') depth++;
                    if (d == ')' || d == '}') depth--;
                    j++;
                    if (depth == 0) break;
                }
                if (depth != 0) throw new IllegalArgumentException("unbalanced '" + c + "' in '" + spec + "'");
                out.add(spec.substring(i, j));
                i = j;
                if (i < n && spec.charAt(i) == '_') {
                    out.add("_");
                    i++;
                }
                if (closer == 0) break;
            } else if (c == '_') {
                out.add("_");
                i++;
            } else if (c == '&') {
                // Synset names may contain '_' ("&AUXVERB1_", "&AID_WORDS"), which also glues words: take the
                // longest defined name.
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(spec.charAt(j)) || spec.charAt(j) == '_' || spec.charAt(j) == '-')) j++;
                int end = j;
                while (end > i + 1 && !synsets.containsKey(spec.substring(i, end).replaceAll("_$", ""))) {
                    int cut = spec.lastIndexOf('_', end - 1);
                    if (cut <= i) break;
                    end = cut;
                }
                if (!synsets.containsKey(spec.substring(i, end).replaceAll("_$", ""))) end = j;
                out.add(spec.substring(i, end));
                i = end;
            } else if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') {
                out.add(String.valueOf(c));
                i++;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(spec.charAt(j)) && "_*(){}".indexOf(spec.charAt(j)) < 0) j++;
                if (j == i) throw new IllegalArgumentException("unbalanced '" + c + "' in '" + spec + "'");
                out.add(spec.substring(i, j));
                i = j;
            }
        }
        return out;
    }
}
