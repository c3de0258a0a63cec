package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.HashMap;
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
 * <p>Before jsoup matches an element, a {@link Prefilter} drops the elements that cannot match: a query such as
 * the author markup's (some thirty selectors, several with ancestors to check) cost a tenth of the page stage
 * when jsoup tried every selector on every element, while a look at the element's tag and at a few lower-cased
 * attribute values, kept for the scope, rules out nearly all of them.
 */
public final class Queries implements AutoCloseable {
    private static final ThreadLocal<Queries> OPEN = new ThreadLocal<>();
    /** Prefilters by query; the queries are constants, so this stays small (bounded all the same). */
    private static final Map<Evaluator, Prefilter> PREFILTERS = new ConcurrentHashMap<>();
    private static final int MAX_PREFILTERS = 512;
    /** Marks a value not yet looked up (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String UNSET = new String("");

    private final Document doc;
    private final List<Element> elements;
    private final Element[] array;
    private final Queries previous;
    /** Answers already given in this scope: the author, title and date readers ask some queries more than once. */
    private final Map<Evaluator, Elements> answers = new java.util.IdentityHashMap<>();
    /** Per attribute name, each element's value lower-cased (null when absent), filled in as asked. */
    private final Map<String, String[]> lowered = new HashMap<>();

    private Queries(Document doc) {
        this.doc = doc;
        List<Element> all = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Element e) all.add(e);
        }, doc);
        this.elements = all;
        this.array = all.toArray(new Element[0]);
        this.previous = OPEN.get();
    }

    /** Opens {@code doc} for querying until {@link #close()}; the document must not change meanwhile. */
    public static Queries open(Document doc) {
        Queries q = new Queries(doc);
        OPEN.set(q);
        return q;
    }

    /** How many elements the document has (itself included). */
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
     * The open document's elements, lower-cased value of attribute {@code key} (null where absent), in document
     * order; null when no document is open. The array is shared: callers must not change it.
     */
    static String[] lowered(Document doc, String key) {
        Queries q = OPEN.get();
        if (q == null || q.doc != doc) return null;
        String[] values = q.values(key);
        for (int i = 0; i < values.length; i++) q.value(values, i, key);
        return values;
    }

    /** The open document's elements in document order (null when none is open); callers must not change it. */
    static Element[] elements(Document doc) {
        Queries q = OPEN.get();
        return q == null || q.doc != doc ? null : q.array;
    }

    /** The elements that may match {@code query}, in document order. */
    private List<Element> candidates(Evaluator query) {
        Prefilter p = prefilter(query);
        if (p == null) return elements;
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < array.length; i++) {
            if (p.mayMatch(this, i)) out.add(array[i]);
        }
        return out;
    }

    private String[] values(String key) {
        return lowered.computeIfAbsent(key, k -> {
            String[] v = new String[array.length];
            java.util.Arrays.fill(v, UNSET);
            return v;
        });
    }

    /** Element {@code i}'s value of {@code key}, lower-cased, or null without one. */
    private String value(String[] values, int i, String key) {
        String v = values[i];
        if (v == UNSET) {
            Element e = array[i];
            v = e.attributesSize() == 0 || !e.attributes().hasKeyIgnoreCase(key) ? null
                    : e.attributes().getIgnoreCase(key).toLowerCase(Locale.ROOT);
            values[i] = v;
        }
        return v;
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
     * What an element must have to match a query, read from the query's CSS: for each selector of the group,
     * the subject's tag and, for each class, id or attribute named, the attribute, holding the value named
     * (ignoring case) where the selector compares one. That is weaker than any way jsoup compares (exact, by
     * word, case-sensitive or not), so no element that matches is dropped; jsoup's matching decides the rest.
     * Anything not understood here (pseudo-classes, escapes, other operators) leaves the query unfiltered.
     */
    static final class Prefilter {
        static final Prefilter NONE = new Prefilter(new Selector[0]);
        private final Selector[] selectors;

        private Prefilter(Selector[] selectors) {
            this.selectors = selectors;
        }

        /** One selector's subject: tag (null for any) and attribute conditions (needle null: present). */
        record Selector(String tag, String[] keys, String[] needles) {
        }

        boolean mayMatch(Queries q, int i) {
            for (Selector s : selectors) {
                if (s.tag != null) {
                    Element e = q.array[i];
                    if (!s.tag.equalsIgnoreCase(e.normalName()) && !s.tag.equalsIgnoreCase(e.tagName())) continue;
                }
                boolean all = true;
                for (int k = 0; k < s.keys.length && all; k++) {
                    String v = q.value(q.values(s.keys[k]), i, s.keys[k]);
                    all = v != null && (s.needles[k] == null || v.contains(s.needles[k]));
                }
                if (all) return true;
            }
            return false;
        }

        /** The prefilter for a query's CSS; {@link #NONE} when some selector may match any element. */
        static Prefilter of(String css) {
            List<Selector> out = new ArrayList<>();
            for (String selector : split(css, ',')) {
                Selector s = subject(selector.strip());
                if (s == null || s.tag == null && s.keys.length == 0) return NONE;
                out.add(s);
            }
            return out.isEmpty() ? NONE : new Prefilter(out.toArray(new Selector[0]));
        }

        /** Splits at {@code sep} outside brackets; null when the CSS holds what this reader does not know. */
        private static List<String> split(String css, char sep) {
            List<String> parts = new ArrayList<>();
            int depth = 0, from = 0;
            for (int i = 0; i < css.length(); i++) {
                char c = css.charAt(i);
                if (c == '[') depth++;
                else if (c == ']') depth--;
                else if (c == '\\') return List.of("");
                else if (depth == 0 && (c == '(' || c == ':' || c == '|' || c == '"' || c == '\'')) return List.of("");
                else if (depth == 0 && c == sep) {
                    parts.add(css.substring(from, i));
                    from = i + 1;
                }
            }
            if (depth != 0) return List.of("");
            parts.add(css.substring(from));
            return parts;
        }

        /** The conditions on the last compound selector (the subject); null when not understood. */
        private static Selector subject(String selector) {
            if (selector.isEmpty()) return null;
            int depth = 0, start = 0;
            for (int i = 0; i < selector.length(); i++) {
                char c = selector.charAt(i);
                if (c == '[') depth++;
                else if (c == ']') depth--;
                else if (depth == 0 && (c == ' ' || c == '>' || c == '+' || c == '~' || c == '\t' || c == '\n')) {
                    start = i + 1;
                }
            }
            String compound = selector.substring(start);
            if (compound.isEmpty()) return null;
            List<String> keys = new ArrayList<>();
            List<String> needles = new ArrayList<>();
            int i = 0;
            int tagEnd = nameEnd(compound, 0);
            String tag = compound.substring(0, tagEnd);
            if (tag.isEmpty() && compound.startsWith("*")) tagEnd = 1;
            if (tag.isEmpty()) tag = null;
            i = tagEnd;
            while (i < compound.length()) {
                char c = compound.charAt(i);
                if (c == '.' || c == '#') {
                    int end = nameEnd(compound, i + 1);
                    if (end == i + 1) return null;
                    keys.add(c == '.' ? "class" : "id");
                    needles.add(compound.substring(i + 1, end).toLowerCase(Locale.ROOT));
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
            return new Selector(tag, keys.toArray(new String[0]), needles.toArray(new String[0]));
        }

        private static int nameEnd(String s, int from) {
            int i = from;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_')) i++;
            return i;
        }

        /** Reads {@code key}, {@code key=v}, {@code key*=v}, {@code key^=v}, {@code key$=v} or {@code key~=regex}. */
        private static boolean attribute(String body, List<String> keys, List<String> needles) {
            int keyEnd = nameEnd(body, 0);
            String key = body.substring(0, keyEnd).strip();
            if (key.isEmpty()) return false;
            String rest = body.substring(keyEnd);
            if (rest.isBlank()) {
                keys.add(key);
                needles.add(null);
                return true;
            }
            if (rest.startsWith("~=")) {
                // A regular expression: only the attribute's presence is certain.
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
            needles.add(value.isEmpty() ? null : value.toLowerCase(Locale.ROOT));
            return true;
        }
    }
}
