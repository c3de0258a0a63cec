package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Collector;
import org.jsoup.select.Elements;
import org.jsoup.select.EvaluatorInternals;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;

/**
 * Whole-document CSS queries answered from one list of the document's elements. Reading a page's metadata runs
 * a dozen queries over the whole tree, and jsoup walks the tree afresh for each; while a document is open here
 * (and not changed), each query filters the list instead, with jsoup's own matching, so the answers are the
 * same; a query asked again in the scope gets the answer it got. Outside an open scope, or for another root, a
 * query is jsoup's {@code select}.
 *
 * <p>Before jsoup matches an element, a {@link Prefilter} drops the elements that cannot match. The author
 * markup query (some thirty selectors, several with ancestors to check) cost a tenth of the page stage when
 * jsoup tried every selector on every element; a look at the element's tag and at a few lower-cased attribute
 * values, read once per document, rules out nearly all of them.
 */
public final class Queries implements AutoCloseable {
    private static final ThreadLocal<Queries> OPEN = new ThreadLocal<>();
    /** Prefilters by query; the queries are constants, so this stays small (bounded all the same). */
    private static final Map<Evaluator, Prefilter> PREFILTERS = new ConcurrentHashMap<>();
    private static final int MAX_PREFILTERS = 512;

    private final Document doc;
    private final List<Element> elements;
    private final Element[] array;
    /** Each element's parent, by index into {@link #array}; -1 for the document. */
    private final int[] parent;
    private final Queries previous;
    /** Answers already given in this scope: the author, title and date readers ask some queries more than once. */
    private final Map<Evaluator, Elements> answers = new IdentityHashMap<>();
    /** Per attribute name, each element's value case-folded ({@link #fold}; null when absent). */
    private final Map<String, String[]> lowered = new HashMap<>();
    /** Per compound selector of a prefilter, whether each element has an ancestor that may match it. */
    private final Map<Prefilter.Compound, boolean[]> ancestors = new IdentityHashMap<>();
    private String[] tags;
    /** An element's own tag name, lower-cased, where it differs from its normal name (foreign elements). */
    private String[] otherTags;

    private Queries(Document doc) {
        this.doc = doc;
        List<Element> all = new ArrayList<>();
        // Parents by index, growing with the list; lastAtDepth[d] is the latest element at depth d.
        int[][] parents = {new int[256]};
        int[][] lastAtDepth = {new int[64]};
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Element e) {
                if (depth >= lastAtDepth[0].length) lastAtDepth[0] = java.util.Arrays.copyOf(lastAtDepth[0], depth * 2);
                int i = all.size();
                if (i == parents[0].length) parents[0] = java.util.Arrays.copyOf(parents[0], i * 2);
                parents[0][i] = depth == 0 ? -1 : lastAtDepth[0][depth - 1];
                lastAtDepth[0][depth] = i;
                all.add(e);
            }
        }, doc);
        this.elements = all;
        this.array = all.toArray(new Element[0]);
        this.parent = parents[0];
        this.previous = OPEN.get();
    }

    /** Opens {@code doc} for querying until {@link #close()}; the document must not change meanwhile. */
    public static Queries open(Document doc) {
        Queries q = new Queries(doc);
        OPEN.set(q);
        return q;
    }

    /** How many elements the open document has (itself included). */
    public int size() {
        return array.length;
    }

    @Override
    public void close() {
        if (previous == null) OPEN.remove();
        else OPEN.set(previous);
    }

    /** Same as {@code root.select(query)}. */
    public static Elements select(Element root, Evaluator query) {
        Queries q = OPEN.get();
        if (q == null || q.doc != root) return root.select(query);
        Elements known = q.answers.get(query);
        if (known == null) {
            known = EvaluatorInternals.stream(query, root, q.candidates(query).stream())
                    .collect(Collectors.toCollection(Elements::new));
            forget(query);
            q.answers.put(query, known);
        }
        return new Elements(known); // a copy: callers may remove from theirs
    }

    /** Same as {@code root.selectFirst(query)}. */
    public static Element selectFirst(Element root, Evaluator query) {
        Queries q = OPEN.get();
        if (q == null || q.doc != root) return root.selectFirst(query);
        Elements known = q.answers.get(query);
        if (known != null) return known.isEmpty() ? null : known.get(0);
        Element first = EvaluatorInternals.stream(query, root, q.candidates(query).stream()).findFirst().orElse(null);
        forget(query);
        return first;
    }

    /** True when some element of {@code doc} (the document itself included) passes {@code test}. */
    public static boolean anyElement(Document doc, java.util.function.Predicate<Element> test) {
        Queries q = OPEN.get();
        if (q != null && q.doc == doc) {
            for (Element e : q.array) if (test.test(e)) return true;
            return false;
        }
        for (Element e : doc.getAllElements()) if (test.test(e)) return true;
        return false;
    }

    /**
     * For the open document {@code doc}: its elements in document order and, for each key, each element's value
     * case-folded ({@link #fold}; null where absent), as {@code out[0]} and {@code out[1..]}; null when
     * {@code doc} is not open. The arrays are shared: callers must not change them.
     */
    static Object[] columns(Document doc, String... keys) {
        Queries q = OPEN.get();
        if (q == null || q.doc != doc) return null;
        Object[] out = new Object[keys.length + 1];
        out[0] = q.array;
        for (int k = 0; k < keys.length; k++) out[k + 1] = q.values(keys[k]);
        return out;
    }

    /** The elements that may match {@code query}, in document order. */
    private List<Element> candidates(Evaluator query) {
        Prefilter p = prefilter(query);
        if (p == null) return elements;
        String[][] columns = new String[p.keys.length][];
        for (int k = 0; k < columns.length; k++) columns[k] = values(p.keys[k]);
        String[] names = tags();
        boolean[][] above = new boolean[p.selectors.length][];
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < array.length; i++) {
            for (int s = 0; s < p.selectors.length; s++) {
                Prefilter.Selector sel = p.selectors[s];
                if (!sel.subject().mayMatch(i, names, otherTags, columns)) continue;
                if (sel.ancestor() != null) {
                    if (above[s] == null) above[s] = hasAncestor(sel.ancestor(), names, columns);
                    if (!above[s][i]) continue;
                }
                out.add(array[i]);
                break;
            }
        }
        return out;
    }

    /** For each element, whether one of its ancestors (the document included) may match {@code c}. */
    private boolean[] hasAncestor(Prefilter.Compound c, String[] names, String[][] columns) {
        boolean[] known = ancestors.get(c);
        if (known != null) return known;
        boolean[] out = new boolean[array.length];
        // Parents come before their children in document order.
        for (int i = 0; i < array.length; i++) {
            int p = parent[i];
            out[i] = p >= 0 && (out[p] || c.mayMatch(p, names, otherTags, columns));
        }
        ancestors.put(c, out);
        return out;
    }

    /** Each element's tag name, lower-cased (its normal name). */
    private String[] tags() {
        if (tags == null) {
            tags = new String[array.length];
            for (int i = 0; i < array.length; i++) {
                Element e = array[i];
                String n = e.normalName();
                // jsoup compares a foreign element's own name too; where the two differ, keep both.
                tags[i] = n;
                if (!e.tagName().equals(n)) {
                    if (otherTags == null) otherTags = new String[array.length];
                    otherTags[i] = e.tagName().toLowerCase(Locale.ROOT);
                }
            }
        }
        return tags;
    }

    /** Each element's value of attribute {@code key}, lower-cased, or null without one. */
    private String[] values(String key) {
        String[] v = lowered.get(key);
        if (v == null) {
            v = new String[array.length];
            for (int i = 0; i < v.length; i++) {
                Element e = array[i];
                if (e.hasAttr(key)) v[i] = fold(e.attr(key));
            }
            lowered.put(key, v);
        }
        return v;
    }

    /**
     * Case folded character by character as {@link String#equalsIgnoreCase} compares (lower case of upper case):
     * two strings equal ignoring case in any of the ways jsoup compares (ASCII only, Java's, lower-cased with
     * the root locale) fold to the same, so a needle folded alike is in the folded value whenever jsoup finds it.
     */
    static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) i++;
        if (i == n) return s.toLowerCase(Locale.ROOT);
        char[] out = new char[n];
        for (int k = 0; k < n; k++) out[k] = Character.toLowerCase(Character.toUpperCase(s.charAt(k)));
        return new String(out);
    }

    private static Prefilter prefilter(Evaluator query) {
        Prefilter p = PREFILTERS.get(query);
        if (p == null) {
            p = Prefilter.of(query.toString());
            if (PREFILTERS.size() < MAX_PREFILTERS) PREFILTERS.put(query, p);
        }
        return p == Prefilter.NONE ? null : p;
    }

    /** jsoup resets an evaluator after a query, so that it holds no element of the document; so do we. */
    private static void forget(Evaluator query) {
        // Querying a detached element clears what the evaluator remembers.
        Collector.collect(query, new Element("template"));
    }

    /**
     * What an element must have to match a query, read from the query's CSS. For each selector of the group: the
     * subject's tag and, for each class, id or attribute named, the attribute, holding the value named (ignoring
     * case) where the selector compares one; and, for a selector with a descendant or child combinator, an
     * ancestor with what the compound selector just left of it names. That is weaker than any way jsoup compares
     * (exact, by word, case-sensitive or not), so no element that matches is dropped; jsoup's matching decides
     * the rest. Anything not understood here (pseudo-classes, escapes, other operators) leaves the query
     * unfiltered.
     */
    static final class Prefilter {
        static final Prefilter NONE = new Prefilter(new Selector[0], new String[0]);
        final Selector[] selectors;
        /** The attributes the selectors name, each once. */
        final String[] keys;

        private Prefilter(Selector[] selectors, String[] keys) {
            this.selectors = selectors;
            this.keys = keys;
        }

        /** One selector: what its subject must have, and what an ancestor must have (null: nothing). */
        record Selector(Compound subject, Compound ancestor) {
            /** True when every element this selector may match, {@code other} may match too. */
            boolean within(Selector other) {
                return subject.within(other.subject)
                        && (other.ancestor == null || ancestor != null && ancestor.within(other.ancestor));
            }
        }

        /**
         * Conditions on one element: tag (lower case; null for any) and attribute conditions, by index into
         * {@link #keys} (needle null: present).
         */
        record Compound(String tag, int[] keys, String[] needles) {
            boolean mayMatch(int i, String[] names, String[] otherNames, String[][] columns) {
                if (tag != null && !tag.equals(names[i]) && (otherNames == null || !tag.equals(otherNames[i]))) {
                    return false;
                }
                for (int k = 0; k < keys.length; k++) {
                    String v = columns[keys[k]][i];
                    if (v == null || needles[k] != null && !v.contains(needles[k])) return false;
                }
                return true;
            }

            boolean isEmpty() {
                return tag == null && keys.length == 0;
            }

            /** True when each condition of {@code other} follows from one of these. */
            boolean within(Compound other) {
                if (other.tag != null && !other.tag.equals(tag)) return false;
                for (int o = 0; o < other.keys.length; o++) {
                    boolean implied = false;
                    for (int k = 0; k < keys.length && !implied; k++) {
                        implied = keys[k] == other.keys[o] && (other.needles[o] == null
                                || needles[k] != null && needles[k].contains(other.needles[o]));
                    }
                    if (!implied) return false;
                }
                return true;
            }
        }

        /** The prefilter for a query's CSS; {@link #NONE} when some selector may match any element. */
        static Prefilter of(String css) {
            List<Selector> all = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (String selector : split(css)) {
                Selector s = selector(selector.strip(), keys);
                if (s == null || s.subject.isEmpty()) return NONE;
                all.add(s);
            }
            if (all.isEmpty()) return NONE;
            // A selector that only matches what another may match adds nothing to the filter.
            List<Selector> kept = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                boolean redundant = false;
                for (int j = 0; j < all.size() && !redundant; j++) {
                    if (i == j || !all.get(i).within(all.get(j))) continue;
                    // Of two that match the same, the first is kept.
                    redundant = !all.get(j).within(all.get(i)) || j < i;
                }
                if (!redundant) kept.add(all.get(i));
            }
            return new Prefilter(kept.toArray(new Selector[0]), keys.toArray(new String[0]));
        }

        /** Splits a group at its commas; a list of one empty selector when the CSS holds what is not known here. */
        private static List<String> split(String css) {
            List<String> parts = new ArrayList<>();
            int depth = 0, from = 0;
            for (int i = 0; i < css.length(); i++) {
                char c = css.charAt(i);
                if (c == '[') depth++;
                else if (c == ']') depth--;
                else if (c == '\\') return List.of("");
                else if (depth == 0 && (c == '(' || c == ':' || c == '|' || c == '"' || c == '\'')) return List.of("");
                else if (depth == 0 && c == ',') {
                    parts.add(css.substring(from, i));
                    from = i + 1;
                }
            }
            if (depth != 0) return List.of("");
            parts.add(css.substring(from));
            return parts;
        }

        /** The conditions of a complex selector; null when not understood. */
        private static Selector selector(String selector, List<String> allKeys) {
            if (selector.isEmpty()) return null;
            // Compounds and the combinators between them, right to left.
            List<String> compounds = new ArrayList<>();
            List<Character> combinators = new ArrayList<>();
            int depth = 0, end = selector.length();
            for (int i = selector.length() - 1; i >= -1; i--) {
                char c = i < 0 ? ' ' : selector.charAt(i);
                if (c == ']') depth++;
                else if (c == '[') depth--;
                else if (depth == 0 && (c == ' ' || c == '>' || c == '+' || c == '~' || c == '\t' || c == '\n')) {
                    if (i + 1 < end) {
                        compounds.add(selector.substring(i + 1, end));
                        combinators.add(' ');
                    }
                    if (c != ' ' && c != '\t' && c != '\n' && !combinators.isEmpty()) {
                        combinators.set(combinators.size() - 1, c);
                    }
                    end = i;
                }
            }
            if (compounds.isEmpty()) return null;
            Compound subject = compound(compounds.get(0), allKeys);
            if (subject == null) return null;
            Compound ancestor = null;
            // The compound just left of a descendant or child combinator names an ancestor of the subject.
            if (compounds.size() > 1) {
                char combinator = combinators.get(0);
                if (combinator == ' ' || combinator == '>') {
                    ancestor = compound(compounds.get(1), allKeys);
                    if (ancestor != null && ancestor.isEmpty()) ancestor = null;
                }
            }
            return new Selector(subject, ancestor);
        }

        /** The conditions of one compound selector; null when not understood. */
        private static Compound compound(String compound, List<String> allKeys) {
            if (compound.isEmpty()) return null;
            List<String> keys = new ArrayList<>();
            List<String> needles = new ArrayList<>();
            int i = nameEnd(compound, 0);
            String tag = compound.substring(0, i);
            if (tag.isEmpty() && compound.startsWith("*")) i = 1;
            while (i < compound.length()) {
                char c = compound.charAt(i);
                if (c == '.' || c == '#') {
                    int end = nameEnd(compound, i + 1);
                    if (end == i + 1) return null;
                    keys.add(c == '.' ? "class" : "id");
                    needles.add(fold(compound.substring(i + 1, end)));
                    i = end;
                } else if (c == '[') {
                    int close = compound.indexOf(']', i);
                    if (close < 0) return null;
                    if (!attribute(compound.substring(i + 1, close), keys, needles)) return null;
                    i = close + 1;
                } else {
                    return null;
                }
            }
            int[] at = new int[keys.size()];
            for (int k = 0; k < at.length; k++) {
                if (!allKeys.contains(keys.get(k))) allKeys.add(keys.get(k));
                at[k] = allKeys.indexOf(keys.get(k));
            }
            return new Compound(tag.isEmpty() ? null : tag.toLowerCase(Locale.ROOT), at, needles.toArray(new String[0]));
        }

        private static int nameEnd(String s, int from) {
            int i = from;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_')) i++;
            return i;
        }

        /** Reads {@code key}, {@code key=v}, {@code key*=v}, {@code key^=v}, {@code key$=v} or {@code key~=regex}. */
        private static boolean attribute(String body, List<String> keys, List<String> needles) {
            int keyEnd = nameEnd(body, 0);
            String key = body.substring(0, keyEnd).toLowerCase(Locale.ROOT);
            if (key.isEmpty()) return false;
            String rest = body.substring(keyEnd);
            if (rest.isBlank() || rest.startsWith("~=")) {
                // Present (after "~=", a regular expression: only the attribute's presence is certain).
                keys.add(key);
                needles.add(null);
                return true;
            }
            String value;
            if (rest.startsWith("=")) value = rest.substring(1);
            else if (rest.startsWith("*=") || rest.startsWith("^=") || rest.startsWith("$=")) value = rest.substring(2);
            else return false;
            value = value.strip();
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                    && value.charAt(value.length() - 1) == value.charAt(0)) {
                value = value.substring(1, value.length() - 1);
            }
            // A flag after the value, quotes inside it or white space: keep to what is certain.
            if (value.indexOf('"') >= 0 || value.indexOf('\'') >= 0 || value.indexOf(' ') >= 0) value = "";
            keys.add(key);
            needles.add(value.isEmpty() ? null : fold(value));
            return true;
        }
    }
}
