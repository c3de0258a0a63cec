package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.List;
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
 */
public final class Queries implements AutoCloseable {
    private static final ThreadLocal<Queries> OPEN = new ThreadLocal<>();
    private final Document doc;
    private final List<Element> elements;
    private final Queries previous;
    /** Answers already given in this scope: the author, title and date readers ask some queries more than once. */
    private final java.util.Map<Evaluator, Elements> answers = new java.util.IdentityHashMap<>();

    private Queries(Document doc) {
        this.doc = doc;
        List<Element> all = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Element e) all.add(e);
        }, doc);
        this.elements = all;
        this.previous = OPEN.get();
    }

    /** Opens {@code doc} for querying until {@link #close()}; the document must not change meanwhile. */
    public static Queries open(Document doc) {
        Queries q = new Queries(doc);
        OPEN.set(q);
        return q;
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
            known = EvaluatorInternals.stream(query, root, q.elements.stream())
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
        Element first = EvaluatorInternals.stream(query, root, q.elements.stream()).findFirst().orElse(null);
        forget(query);
        return first;
    }

    /** True when some element of {@code doc} (the document itself included) passes {@code test}. */
    public static boolean anyElement(Document doc, java.util.function.Predicate<Element> test) {
        Queries q = OPEN.get();
        if (q != null && q.doc == doc) {
            for (Element e : q.elements) if (test.test(e)) return true;
            return false;
        }
        for (Element e : doc.getAllElements()) if (test.test(e)) return true;
        return false;
    }

    /** jsoup resets an evaluator after a query, so that it holds no element of the document; so do we. */
    private static void forget(Evaluator query) {
        // Querying a detached element clears what the evaluator remembers.
        Collector.collect(query, new Element("template"));
    }
}
