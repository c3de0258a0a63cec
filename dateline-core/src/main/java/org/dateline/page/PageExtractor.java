package org.dateline.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.Problem;
import org.dateline.page.internal.Boilerplate;
import org.dateline.page.internal.ContentExtractor;
import org.dateline.page.internal.Decoding;
import org.dateline.page.internal.Disclosures;
import org.dateline.page.internal.HtmlComments;
import org.dateline.page.internal.HtmlMetadata;
import org.dateline.page.internal.Markup;
import org.dateline.page.internal.PlainTextReader;
import org.dateline.page.internal.Queries;
import org.jsoup.nodes.Document;

/**
 * The page stage: from a page as crawled (HTML or plain text) to a {@link Page}. Pure: the same input gives
 * the same page; nothing is fetched or executed.
 */
public final class PageExtractor {
    /** Tags that only HTML has; a plain-text page quoting one in passing is not enough. */
    private static final Pattern HTML_MARKUP = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article|section|span|a\\s|table|br|script|style|link|h[1-6])\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_WINDOW = 4096;
    /** At most one NUL per this many characters is stray padding rather than binary content. */
    private static final int STRAY_NULS_PER = 1000;
    /** Below this many characters the strict pass has probably missed the article. */
    private static final int MIN_STRICT_TEXT = 150;

    private PageExtractor() {
    }

    /**
     * Decodes raw bytes (detecting the encoding from BOM, declared charset, or content) and extracts the page.
     *
     * @param id   the input's id or path, used in the record and in errors
     * @param raw  the bytes as read
     * @throws PageException when the input is not a page (binary, undecodable, empty)
     */
    public static Page extract(String id, byte[] raw) {
        if (raw == null || raw.length == 0) throw new PageException(Problem.E005, id);
        Page page = fromUtf8Html(id, raw, null);
        return page != null ? page : extract(id, Decoding.decode(id, raw));
    }

    /**
     * Decodes raw bytes as {@link #extract(String, byte[])} does: BOM, declared charset, UTF-8 when valid,
     * else windows-1252.
     *
     * @throws PageException E003 for binary content, E004 for bytes no candidate charset reads
     */
    public static String decode(String id, byte[] raw) {
        if (raw == null || raw.length == 0) throw new PageException(Problem.E005, id);
        return Decoding.decode(id, raw);
    }

    /** Decodes and extracts a page whose URL is known (the URL may carry the date). */
    public static Page extract(String id, byte[] raw, String url) {
        Page page = raw == null || raw.length == 0 ? null : fromUtf8Html(id, raw, url);
        if (page == null) {
            String content = decode(id, raw);
            if (content.isBlank()) throw new PageException(Problem.E005, id);
            content = withoutStrayNuls(id, content);
            page = isHtml(content) ? fromHtml(id, content, url) : fromText(id, content);
        }
        return page.withUrlIfAbsent(url);
    }

    /**
     * The page, parsed from the bytes themselves, when they are clean UTF-8 HTML (most pages); null for any
     * other input, which is decoded to a string first and judged as before. The checks are the string path's:
     * what it would refuse or read as plain text goes there.
     */
    private static Page fromUtf8Html(String id, byte[] raw, String url) {
        int start = Decoding.utf8Start(raw);
        if (start < 0) return null;
        int first = start;
        while (first < raw.length && isAsciiWhitespace(raw[first])) first++;
        // Blank, or starting with a character that may be a Unicode space: the string path decides.
        if (first == raw.length || raw[first] < 0) return null;
        // The first SNIFF_WINDOW characters lie within three bytes each (a pair of surrogates within four).
        int cut = Math.min(raw.length, start + SNIFF_WINDOW * 3 + 3);
        while (cut < raw.length && (raw[cut] & 0xc0) == 0x80) cut--;
        if (!isHtml(new String(raw, start, cut - start, StandardCharsets.UTF_8))) return null;
        return fromMarkup(id, Markup.utf8(raw, start), url);
    }

    /** What {@link String#isBlank()} counts as white space, among ASCII bytes. */
    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || b >= '\t' && b <= '\r' || b >= 0x1c && b <= 0x1f;
    }

    /** Extracts a page from already-decoded content, telling HTML from plain text by its content. */
    public static Page extract(String id, String content) {
        if (content == null || content.isBlank()) throw new PageException(Problem.E005, id);
        content = withoutStrayNuls(id, content);
        return isHtml(content) ? fromHtml(id, content, null) : fromText(id, content);
    }

    /**
     * A few NUL characters in a long page (padding a crawler or a CMS left) are dropped, as HTML parsers drop
     * them; many mean the bytes are no text (a UTF-16 file without its mark, an image): E003.
     */
    private static String withoutStrayNuls(String id, String content) {
        int nuls = 0;
        for (int i = content.indexOf('\0'); i >= 0; i = content.indexOf('\0', i + 1)) nuls++;
        if (nuls == 0) return content;
        if (nuls > content.length() / STRAY_NULS_PER) throw new PageException(Problem.E003, id);
        return content.replace("\0", "");
    }

    /** True when {@code content} reads as HTML rather than plain text. */
    public static boolean isHtml(String content) {
        String head = content.substring(0, Math.min(content.length(), SNIFF_WINDOW)).stripLeading();
        if (head.startsWith("\ufeff")) head = head.substring(1).stripLeading();
        if (head.startsWith("<")) return HTML_MARKUP.matcher(head).find() || head.startsWith("<?xml");
        var m = HTML_MARKUP.matcher(head);
        int tags = 0;
        while (m.find() && tags < 3) tags++;
        return tags >= 3;
    }

    /** Extracts from HTML. */
    public static Page fromHtml(String id, String html, String url) {
        if (html == null || html.isBlank()) throw new PageException(Problem.E005, id);
        return fromMarkup(id, Markup.of(html), url);
    }

    private static Page fromMarkup(String id, Markup html, String url) {
        Document doc = html.parse(url == null ? "" : url);
        HtmlMetadata.Found meta;
        List<Comment> comments;
        int elements;
        // Metadata and comments only read the tree: their queries share one list of its elements.
        try (Queries queries = Queries.open(doc)) {
            elements = queries.size();
            meta = HtmlMetadata.read(doc, url);
            // Every comment item's markup names it a comment (or a ping- or trackback): without the word, no walk.
            // The search of the markup goes first: read() looks at the class names itself, and that look (a walk
            // over every element) cost more than the search when it ran twice.
            boolean mayHaveComments = html.contains("omment") || html.contains("OMMENT") || html.contains("ingback")
                    || html.contains("rackback");
            comments = mayHaveComments ? HtmlComments.read(doc) : List.of();
        }
        String body = ContentExtractor.extract(doc, false, elements);
        if (body.length() < MIN_STRICT_TEXT) {
            // Misleading class names can hide the article from the strict pass: read the page again, leniently.
            String lenient = ContentExtractor.extract(html.parse(url == null ? "" : url), true);
            if (lenient.length() > body.length()) body = lenient;
        }
        List<String> paragraphs = new ArrayList<>(Arrays.asList(body.split("\n\n")));
        paragraphs.removeIf(String::isBlank);
        cutAtCommentSection(paragraphs);
        // The headline goes first, so that a byline or date line under it is at the edge of the body.
        if (meta.title() != null && paragraphs.size() > 1 && paragraphs.get(0).equals(meta.title())) {
            paragraphs.remove(0);
        }
        Boilerplate.strip(paragraphs, meta.authors());
        List<Disclosure> disclosures = edgeDisclosures(paragraphs);
        String text = String.join("\n\n", paragraphs);
        if (text.isBlank()) throw new PageException(Problem.E005, id);
        String published = meta.published();
        // Only a last-modified date stood in for the publication date: that is an inference, not the page's word.
        PublishedBasis basis = published == null ? null
                : "modified".equals(meta.publishedSource()) ? PublishedBasis.INFERRED : PublishedBasis.PAGE;
        if (published == null) {
            published = PlainTextReader.earliestCommentDay(comments);
            if (published != null) basis = PublishedBasis.INFERRED;
        }
        Outlet outlet = Disclosures.outlet(meta.siteName(), disclosures);
        return new Page(id, meta.url(), meta.title(), published, basis, meta.authors(), outlet, disclosures, text,
                comments, meta.language());
    }

    /** Extracts from plain text as crawled (title first, then the body, then comments and forms). */
    public static Page fromText(String id, String text) {
        if (text == null || text.isBlank()) throw new PageException(Problem.E005, id);
        Page page = PlainTextReader.read(id, text);
        if (page.text().isBlank()) throw new PageException(Problem.E005, id);
        return page;
    }

    private static void cutAtCommentSection(List<String> paragraphs) {
        // Only the second half can hold the comment section: a heading near the top is a word in the news.
        for (int i = Math.max(1, paragraphs.size() / 2); i < paragraphs.size(); i++) {
            if (PlainTextReader.startsCommentSection(paragraphs.get(i))) {
                paragraphs.subList(i, paragraphs.size()).clear();
                return;
            }
        }
    }

    private static List<Disclosure> edgeDisclosures(List<String> paragraphs) {
        List<Disclosure> head = new ArrayList<>();
        List<Disclosure> tail = new ArrayList<>();
        while (paragraphs.size() > 1) {
            Disclosure d = Disclosures.classify(paragraphs.get(paragraphs.size() - 1));
            if (d == null) break;
            tail.add(0, d);
            paragraphs.remove(paragraphs.size() - 1);
        }
        while (paragraphs.size() > 1) {
            Disclosure d = Disclosures.classify(paragraphs.get(0));
            if (d == null) break;
            head.add(d);
            paragraphs.remove(0);
        }
        head.addAll(tail);
        return head;
    }
}
