package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dateline.Problem;
import org.junit.jupiter.api.Test;

/** Hostile and broken inputs: each gives a page or a clear PageException, never a crash. */
class RobustnessTest {
    private static final String PARAGRAPH = "<p>Flood defences along the river held overnight, the environment agency "
            + "said, although two villages remained cut off and volunteers delivered food by boat.</p>\n";

    @Test
    void hundredThousandNestedElementsDoNotOverflowTheStack() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder(depth * 12).append("<html><body>");
        for (int i = 0; i < depth; i++) sb.append(i % 2 == 0 ? "<div>" : "<span>");
        sb.append(PARAGRAPH);
        Page page = PageExtractor.extract("deep.html", sb.toString());
        assertThat(page.text()).contains("Flood defences along the river held overnight");
    }

    @Test
    void aFiftyMegabytePageIsRead() {
        int target = 50 * 1024 * 1024;
        StringBuilder sb = new StringBuilder(target + 1000).append("<html><head><title>River Floods</title></head><body>");
        sb.append("<article>").append(PARAGRAPH.repeat(3)).append("</article><div class='archive'>");
        String filler = "<ul>" + "<li><a href='/archive/older-story'>Archive link to an older story about the flood"
                + " season on the river, its banks and the villages along them</a></li>\n".repeat(40) + "</ul>\n";
        while (sb.length() < target) sb.append(filler);
        sb.append("</div></body></html>");
        byte[] raw = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(raw.length).isGreaterThanOrEqualTo(target);
        sb = null;
        Page page = PageExtractor.extract("big.html", raw);
        assertThat(page.text()).contains("Flood defences along the river").doesNotContain("Archive link");
    }

    @Test
    void brokenMarkupStillYieldsTheText() {
        String html = "<html><body><div class=content><p>Flood defences along the river held overnight, the agency said"
                + "<p>Two villages <b>remained <i>cut off</b> and volunteers</i> delivered food by boat, officials said"
                + "<table><tr><td>stray cell<div></span></p></p><p>Rain is expected to ease by Thursday, forecasters said";
        Page page = PageExtractor.extract("broken.html", html);
        assertThat(page.text()).contains("Flood defences along the river held overnight",
                "Two villages remained cut off and volunteers delivered food by boat",
                "Rain is expected to ease by Thursday");
    }

    @Test
    void aPageThatIsAllScriptHasNoArticleText() {
        String html = "<html><head><script>var a = 1;" + "x = x + 1;".repeat(10_000) + "</script></head>"
                + "<body><script>document.write('hello')</script><noscript></noscript></body></html>";
        assertThatThrownBy(() -> PageExtractor.extract("script.html", html))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.problem()).isEqualTo(Problem.E005));
    }

    @Test
    void emptyAndBlankInputsAreEmptyPages() {
        assertThatThrownBy(() -> PageExtractor.extract("empty.txt", new byte[0]))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.problem()).isEqualTo(Problem.E005));
        assertThatThrownBy(() -> PageExtractor.extract("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.problem()).isEqualTo(Problem.E005));
    }

    @Test
    void binaryContentIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> PageExtractor.extract("image.png", png))
                .isInstanceOfSatisfying(PageException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.E003);
                    assertThat(e.getMessage()).startsWith("image.png: ").contains("E003");
                });
        byte[] controls = new byte[4000];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        assertThatThrownBy(() -> PageExtractor.extract("blob.bin", controls))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.problem()).isEqualTo(Problem.E003));
    }

    @Test
    void byteOrderMarksDecideTheEncoding() {
        String text = "Gemeinderat beschließt Budget\n\nDer Gemeinderat hat am Montag das Budget für 2024 beschlossen.\n";
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(PageExtractor.extract("de.txt", withBom).title()).isEqualTo("Gemeinderat beschließt Budget");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf8Bom = new byte[utf8.length + 3];
        utf8Bom[0] = (byte) 0xef;
        utf8Bom[1] = (byte) 0xbb;
        utf8Bom[2] = (byte) 0xbf;
        System.arraycopy(utf8, 0, utf8Bom, 3, utf8.length);
        assertThat(PageExtractor.extract("de.txt", utf8Bom).title()).isEqualTo("Gemeinderat beschließt Budget");
    }

    @Test
    void aDeclaredCharsetIsHonouredAndAWrongOneIsSurvived() {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Été brûlant à Lyon</title></head><body>"
                + "<p>La ville de Lyon a enregistré mardi une température record de 41 degrés, selon Météo-France, "
                + "et la préfecture a déclenché le plan canicule.</p></body></html>";
        Page latin = PageExtractor.extract("fr.html", html.getBytes(Charset.forName("ISO-8859-1")));
        assertThat(latin.title()).isEqualTo("Été brûlant à Lyon");
        // Declared Latin-1 but written in UTF-8: read as the UTF-8 the bytes are.
        String shiftJis = html.replace("iso-8859-1", "shift_jis");
        Page wrong = PageExtractor.extract("fr.html", shiftJis.getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.text()).contains("température record");
    }

    @Test
    void bytesNoCharsetCanReadAreAnEncodingError() {
        byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>Sample</p>".getBytes(StandardCharsets.US_ASCII);
        // 0x81 is neither valid UTF-8 here nor defined in windows-1252.
        byte[] raw = new byte[head.length + 3];
        System.arraycopy(head, 0, raw, 0, head.length);
        raw[head.length] = (byte) 0x81;
        raw[head.length + 1] = 'x';
        raw[head.length + 2] = 'y';
        assertThatThrownBy(() -> PageExtractor.extract("bad.html", raw))
                .isInstanceOfSatisfying(PageException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.E004);
                    assertThat(e.getMessage()).contains("UTF-8").contains("byte " + head.length);
                });
    }
}
