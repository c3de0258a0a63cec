package org.dateline.page;

/** Small HTML pages built around a head and a body, for the page-stage tests. */
final class TestPages {
    private TestPages() {
    }

    /** A UTF-8 page with this head and body, in language {@code lang} (or none), read as if fetched from {@code url}. */
    static Page page(String head, String body, String url, String lang) {
        String html = "<!DOCTYPE html><html" + (lang == null ? "" : " lang=\"" + lang + "\"")
                + "><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
        return PageExtractor.fromHtml("test", html, url);
    }
}
