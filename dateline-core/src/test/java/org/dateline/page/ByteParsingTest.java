package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.dateline.Problem;
import org.junit.jupiter.api.Test;

/** A page parsed straight from its UTF-8 bytes reads exactly as the same page decoded to a string first. */
class ByteParsingTest {
    private static final String PAGE = "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\">"
            + "<title>Hochwasser an der Elbe – Dresden</title></head><body><article><h1>Hochwasser an der Elbe</h1>"
            + "<p>Die Pegelstände in Dresden stiegen über Nacht auf 7,20 Meter, wie das Umweltamt mitteilte; "
            + "Anwohner in Pieschen räumten ihre Keller.</p>"
            + "<p>Helfer füllten Sandsäcke am Terrassenufer, während die Feuerwehr Straßen sperrte und Fähren "
            + "den Betrieb einstellten.</p><p>Живые люди — “quoted” text, 東京 and 😀 stay as they are.</p>"
            + "</article><ol><li class=\"comment\" id=\"comment-1\"><cite class=\"fn\">Anna</cite>"
            + "<div class=\"comment-content\"><p>Danke für den Bericht über die Lage an der Elbe.</p></div></li></ol>"
            + "</body></html>";

    @Test
    void bytesAndStringGiveTheSamePage() {
        byte[] raw = PAGE.getBytes(StandardCharsets.UTF_8);
        Page fromBytes = PageExtractor.extract("elbe.html", raw);
        assertThat(fromBytes).isEqualTo(PageExtractor.extract("elbe.html", PAGE));
        assertThat(fromBytes.text()).contains("Pegelstände", "東京 and 😀");
        assertThat(fromBytes.comments()).hasSize(1);
        String url = "https://example.org/2021/07/15/elbe";
        Page withUrl = PageExtractor.extract("elbe.html", raw, url);
        assertThat(withUrl).isEqualTo(PageExtractor.fromHtml("elbe.html", PAGE, url).withUrlIfAbsent(url));
        assertThat(withUrl.published()).isEqualTo("2021-07-15");
    }

    @Test
    void aByteOrderMarkIsSkippedAsBefore() {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[body.length + 3];
        raw[0] = (byte) 0xef;
        raw[1] = (byte) 0xbb;
        raw[2] = (byte) 0xbf;
        System.arraycopy(body, 0, raw, 3, body.length);
        assertThat(PageExtractor.extract("bom.html", raw)).isEqualTo(PageExtractor.extract("bom.html", PAGE));
    }

    @Test
    void strayNulsLateInAPageAreDroppedButManyAreRefused() {
        String padded = PAGE.replace("</h1>", "</h1>" + " ".repeat(10_000) + "\0\0\0");
        Page page = PageExtractor.extract("nul.html", padded.getBytes(StandardCharsets.UTF_8));
        assertThat(page.text()).contains("Pegelstände in Dresden").doesNotContain("\0");
        byte[] full = (PAGE + " ".repeat(10_000) + "\0".repeat(2_000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PageExtractor.extract("nul.html", full))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.getMessage())
                        .startsWith("nul.html: ").contains(Problem.E003.name()));
    }
}
