package org.dateline.page;

/**
 * The page stage: from a page as crawled (HTML or plain text) to a {@link Page}.
 * PLACEHOLDER API: the page work replaces the bodies, keeping these signatures.
 */
public final class PageExtractor {
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
        return extract(id, new String(raw, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Extracts a page from already-decoded content, telling HTML from plain text by its content. */
    public static Page extract(String id, String content) {
        return fromText(id, content);
    }

    /** Extracts from HTML. */
    public static Page fromHtml(String id, String html, String url) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Extracts from plain text as crawled (title first, then the body, then comments and forms). */
    public static Page fromText(String id, String text) {
        return new Page(id, null, null, null, null, java.util.List.of(), Outlet.UNKNOWN, java.util.List.of(),
                text, java.util.List.of(), null);
    }
}
