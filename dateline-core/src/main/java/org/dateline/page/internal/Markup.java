package org.dateline.page.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * HTML to parse: a string, or a page's UTF-8 bytes handed to the parser as they are. Decoding a whole page into
 * a string first cost the page stage a tenth of its time (a UTF-16 copy twice the page's size, then a trimmed
 * copy of that); the parser reads characters in small chunks anyway, so bytes known to be valid UTF-8 are
 * decoded chunk by chunk as it reads them. Either way the parser is jsoup's HTML parser with its defaults, as
 * {@code Jsoup.parse(html, baseUri)} uses it.
 */
public abstract class Markup {
    private Markup() {
    }

    /** Markup held as a string. */
    public static Markup of(String html) {
        return new Markup() {
            @Override
            public Document parse(String baseUri) {
                return Parser.htmlParser().parseInput(new StringReader(html), baseUri);
            }

            @Override
            public boolean contains(String ascii) {
                return html.contains(ascii);
            }
        };
    }

    /** Markup held as bytes that are valid UTF-8 from {@code start} on (see {@link Decoding#utf8Start}). */
    public static Markup utf8(byte[] raw, int start) {
        return new Markup() {
            /** The bytes as Latin-1 characters, one per byte, made when first searched. */
            private String bytes;

            @Override
            public Document parse(String baseUri) {
                var in = new ByteArrayInputStream(raw, start, raw.length - start);
                return Parser.htmlParser().parseInput(new InputStreamReader(in, StandardCharsets.UTF_8), baseUri);
            }

            @Override
            public boolean contains(String ascii) {
                // An ASCII byte in UTF-8 is always that character, never part of another's encoding; read as
                // Latin-1, each byte is one character, and the string search is the JDK's vectorised one (a
                // byte-by-byte loop over the page cost 2% of the stage).
                if (bytes == null) bytes = new String(raw, start, raw.length - start, StandardCharsets.ISO_8859_1);
                return bytes.contains(ascii);
            }
        };
    }

    /** The parsed document. */
    public abstract Document parse(String baseUri);

    /** Whether the markup holds {@code ascii} (an ASCII string) anywhere. */
    public abstract boolean contains(String ascii);
}
