package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.dateline.page.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reader comments in the markup blog engines write (WordPress and the like): a list of comment items, each
 * with an author ({@code .fn}, {@code .comment-author}), a date ({@code <time>}, {@code .comment-metadata})
 * and the text ({@code .comment-content}); replies nest in child lists.
 */
public final class HtmlComments {
    // Patterns compiled once (String.replaceAll, split and matches compile theirs on every call).
    private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern.compile("(?i)\\s*(?:says|said|wrote)\\s*:?$");
    static final int MAX_COMMENTS = 2000;
    private static final String ITEMS = "li.comment, li.pingback, li.trackback, article.comment, div.comment[id],"
            + " li[id^=comment-], div[id^=comment-].comment, li.comment-item, div.comment-item, li.c-comment";
    private static final String CONTENT = ".comment-content, .comment-text, .comment-entry, .comment_text,"
            + " .comment-body-text, .commentbody, .comment_content";
    private static final String AUTHOR = ".comment-author .fn, .comment-author cite, .fn, .comment-author,"
            + " .comment-author-name, .commenter, .comment_author, .author-name, cite";
    private static final String META = ".comment-metadata, .comment-meta, .commentmetadata, .comment-date,"
            + " .comment_date, .comment-time";

    /** Parsed once: most pages have no comments, and parsing the query cost more than running it. */
    private static final Evaluator ITEM_QUERY = QueryParser.parse(ITEMS);
    private static final Evaluator AUTHOR_QUERY = QueryParser.parse(AUTHOR);
    private static final Evaluator META_QUERY = QueryParser.parse(META);
    private static final Evaluator CONTENT_QUERY = QueryParser.parse(CONTENT);
    private static final Evaluator NOT_THE_TEXT = QueryParser.parse(META + ", .reply, .comment-author, .vcard");
    private static final Evaluator TIME = QueryParser.parse("time");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private HtmlComments() {
    }

    /** The comments on the page, in page order, with reply depth. */
    public static List<Comment> read(Document doc) {
        // Each item the query names has "comment", "pingback" or "trackback" in its class or id: where no element
        // has, there is nothing to find, and a look at two attributes per element costs far less than the query.
        if (!mayHaveItems(doc)) return List.of();
        List<Element> items = Queries.select(doc, ITEM_QUERY);
        if (items.isEmpty()) return List.of();
        Set<Element> itemSet = Collections.newSetFromMap(new IdentityHashMap<>());
        itemSet.addAll(items);
        // An article.comment inside an li.comment is the same comment: keep the outer one.
        List<Element> outer = new ArrayList<>();
        for (Element item : items) {
            Element owner = nearestItem(item.parent(), itemSet);
            if (owner != null && directlyWraps(owner, item, itemSet)) continue;
            outer.add(item);
        }
        itemSet.retainAll(outer);
        List<Comment> out = new ArrayList<>();
        for (Element item : outer) {
            if (out.size() >= MAX_COMMENTS) break;
            String text = text(item, itemSet);
            if (text.isEmpty()) continue;
            int depth = 0;
            for (Element a = nearestItem(item.parent(), itemSet); a != null; a = nearestItem(a.parent(), itemSet)) {
                depth++;
            }
            out.add(new Comment(author(item, itemSet), date(item, itemSet), text, depth));
        }
        return out;
    }

    /** False when no element's class or id names a comment item: then {@link #read} finds none. */
    public static boolean mayHaveItems(Document doc) {
        Object[] columns = Queries.columns(doc, "class", "id");
        if (columns == null) return Queries.anyElement(doc, HtmlComments::namedLikeAnItem);
        // The case-folded class and id the queries share hold each word wherever the check below finds it: only
        // the elements whose folded names hold one are checked.
        Element[] elements = (Element[]) columns[0];
        String[] classes = (String[]) columns[1];
        String[] ids = (String[]) columns[2];
        for (int i = 0; i < elements.length; i++) {
            if ((holdsItemWord(classes[i]) || holdsItemWord(ids[i])) && namedLikeAnItem(elements[i])) return true;
        }
        return false;
    }

    private static boolean holdsItemWord(String folded) {
        return folded != null && (folded.contains("comment") || folded.contains("pingback") || folded.contains("trackback"));
    }

    private static boolean namedLikeAnItem(Element e) {
        if (e.attributesSize() == 0) return false;
        for (String v : new String[] {e.className(), e.id()}) {
            if (containsIgnoreCase(v, "comment") || containsIgnoreCase(v, "pingback") || containsIgnoreCase(v, "trackback")) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(String s, String lowerWord) {
        char lower = lowerWord.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0, last = s.length() - lowerWord.length(); i <= last; i++) {
            char c = s.charAt(i);
            if ((c == lower || c == upper) && s.regionMatches(true, i + 1, lowerWord, 1, lowerWord.length() - 1)) return true;
        }
        return false;
    }

    /** True when {@code inner} is the only comment item directly in {@code owner}'s own content. */
    private static boolean directlyWraps(Element owner, Element inner, Set<Element> items) {
        Element p = inner.parent();
        while (p != null && p != owner) {
            String tag = p.normalName();
            if (tag.equals("ul") || tag.equals("ol")) return false;
            p = p.parent();
        }
        return p == owner;
    }

    private static Element nearestItem(Element from, Set<Element> items) {
        for (Element p = from; p != null; p = p.parent()) {
            if (items.contains(p)) return p;
        }
        return null;
    }

    private static boolean owned(Element e, Element item, Set<Element> items) {
        return nearestItem(e, items) == item;
    }

    private static String author(Element item, Set<Element> items) {
        for (Element e : item.select(AUTHOR_QUERY)) {
            if (!owned(e, item, items)) continue;
            String a = SAYS.matcher(Whitespace.normalize(e.text())).replaceFirst("").strip();
            if (!a.isEmpty() && a.length() <= 80) return a;
        }
        return null;
    }

    private static String date(Element item, Set<Element> items) {
        for (Element t : item.select(TIME)) {
            if (!owned(t, item, items)) continue;
            String d = Dates.parse(t.attr("datetime"), true);
            if (d == null) d = Dates.parse(t.text(), false);
            if (d != null) return d;
        }
        for (Element m : item.select(META_QUERY)) {
            if (!owned(m, item, items)) continue;
            String d = Dates.parse(m.text(), false);
            if (d != null) return d;
        }
        return null;
    }

    private static String text(Element item, Set<Element> items) {
        for (Element c : item.select(CONTENT_QUERY)) {
            if (owned(c, item, items)) return paragraphs(c, items, item);
        }
        StringBuilder sb = new StringBuilder();
        for (Element p : item.select(PARAGRAPH)) {
            if (!owned(p, item, items) || p.closest(NOT_THE_TEXT) != null
                    && p.closest(NOT_THE_TEXT).closest(ITEM_QUERY) == item) {
                continue;
            }
            String t = Whitespace.normalize(p.text());
            if (t.isEmpty()) continue;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(t);
        }
        return sb.toString();
    }

    private static String paragraphs(Element content, Set<Element> items, Element item) {
        List<Element> ps = new ArrayList<>();
        for (Element p : content.select(PARAGRAPH)) if (owned(p, item, items)) ps.add(p);
        if (ps.isEmpty()) return Whitespace.normalize(content.text());
        StringBuilder sb = new StringBuilder();
        for (Element p : ps) {
            String t = Whitespace.normalize(p.text());
            if (t.isEmpty()) continue;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(t);
        }
        return sb.toString();
    }
}
