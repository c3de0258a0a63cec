package org.dateline.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for everything that reaches a page: text, attribute values, URL parts. */
final class Html {
    private Html() {
    }

    /** Text or a quoted attribute value: nothing in it can open a tag, end an attribute or start an entity. */
    static String esc(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A value for a query string or a path segment. */
    static String url(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Only http(s) links leave the site: a javascript: or data: URL from a page is shown, never linked. */
    static String externalLink(String url, String label) {
        if (url == null) return "";
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return esc(label);
        return "<a href=\"" + esc(url.strip()) + "\" rel=\"noopener noreferrer nofollow\">" + esc(label) + "</a>";
    }
}
