package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dateline.Problem;
import org.junit.jupiter.api.Test;

/**
 * Bytes to text: legacy 8-bit pages are read; a few stray bytes in a long UTF-8 page become U+FFFD; corrupt
 * UTF-8 is refused with the byte where it breaks.
 */
class DecodingTest {
    private static final String STORY = "Prices to Rise in Zürich Cafés\n\nCafé owners in Zürich said on Monday that prices would rise.\n\n"
            + "The association’s president warned that many would close.";

    @Test
    void aLatin1PageWithoutDeclarationIsReadAsWindows1252() {
        byte[] raw = STORY.replace('’', '\'').getBytes(Charset.forName("windows-1252"));
        Page page = PageExtractor.extract("legacy.txt", raw);
        assertThat(page.text()).contains("Café owners in Zürich");
    }

    @Test
    void utf8WithACorruptByteIsRefusedNamingTheInputAndTheOffset() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] good = STORY.getBytes(StandardCharsets.UTF_8);
        out.write(good, 0, 50);
        out.write(0xff);
        out.write(good, 50, good.length - 50);
        assertThatThrownBy(() -> PageExtractor.extract("broken.txt", out.toByteArray()))
                .isInstanceOfSatisfying(PageException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.E004);
                    assertThat(e.getMessage()).startsWith("broken.txt: ").contains("UTF-8").contains("byte 50")
                            .doesNotContain("\n");
                });
    }

    @Test
    void aLongUtf8PageWithAFewStrayBytesIsReadWithReplacementCharacters() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] good = (STORY + "\n\n" + "Tea rooms in Genève and Bern expect the same. ".repeat(200)).getBytes(StandardCharsets.UTF_8);
        out.write(good, 0, 50);
        out.write(0xfc); // a Latin-1 ü pasted into UTF-8
        out.write(good, 50, good.length - 50);
        Page page = PageExtractor.extract("stray.txt", out.toByteArray());
        assertThat(page.text()).contains("Café owners in \ufffdZürich said", "Tea rooms in Genève");
    }

    @Test
    void validUtf8IsReadUnchanged() {
        Page page = PageExtractor.extract("good.txt", STORY.getBytes(StandardCharsets.UTF_8));
        assertThat(page.text()).contains("Café owners in Zürich").contains("association’s");
    }
}
