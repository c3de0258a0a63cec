package org.dateline.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;
import org.dateline.page.Page;

/**
 * What makes two inputs the same story: its canonical URL when the page has one, else a hash of its text.
 * The key decides whether an ingest adds a story; the short id (from the key) names it in URLs and tables.
 */
public final class StoryKey {
    private StoryKey() {
    }

    /** {@code url:<canonical url>} or {@code sha256:<hex of the article text>}. */
    public static String of(Page page) {
        String url = canonicalUrl(page.url());
        if (url != null) return "url:" + url;
        return "sha256:" + sha256(page.text());
    }

    /** The 16-hex-digit id for a key: stable, short enough for links. */
    public static String id(String key) {
        return sha256(key).substring(0, 16);
    }

    /**
     * Lower-cased scheme and host, no default port, no fragment, no tracking parameters, no trailing slash:
     * the forms the same article is linked by. Null when the value is not an absolute http(s) URL.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) return null;
            String host = u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
            StringJoiner query = new StringJoiner("&");
            if (u.getRawQuery() != null) {
                for (String part : u.getRawQuery().split("&")) {
                    String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (part.isEmpty() || name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid")) continue;
                    query.add(part);
                }
            }
            // http and https name the same article: keep https so both collapse to one key.
            return "https://" + host + (defaultPort ? "" : ":" + port) + path
                    + (query.length() == 0 ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String sha256(String s) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
