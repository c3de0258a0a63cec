package org.dateline.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DictionaryReadersTest {
    private static BufferedReader lines(String... lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines)));
    }

    @Test
    void verbBlocksGiveRegularAndIrregularFormsAndPatterns() throws Exception {
        VerbDictionary v = new VerbDictionary();
        v.read(lines("&AID_WORDS", "+AID", "+ASSISTANCE", "",
                "--- PROMISE [030] ---",
                "PROMISE",
                "VOW {VOWS VOWED VOWING}",
                "+FOLLOW_THROUGH [031]",
                "- * &AID_WORDS [033]",
                "- * (TO CEASEFIRE [0356]",
                "- * {MILITARY AID} [0332]"), "test.verbs.txt");
        assertThat(v.senses("PROMISED")).singleElement().satisfies(s -> assertThat(s.defaultCode()).isEqualTo("030"));
        assertThat(v.senses("VOWING")).hasSize(1);
        assertThat(v.senses("FOLLOWED").get(0).after()).containsExactly("THROUGH");
        assertThat(v.senses("FOLLOWED").get(0).defaultCode()).isEqualTo("031");
        assertThat(v.senses("PROMISE").get(0).block().patterns).hasSize(2);
        assertThat(v.warnings()).singleElement().asString().contains("test.verbs.txt").contains("line 10").contains("E008");
    }

    @Test
    void anUpdateBlockNamedAsABaseBlockExtendsIt() throws Exception {
        VerbDictionary v = new VerbDictionary();
        v.read(lines("--- STRIKE [190] ---", "STRIKE", "- * VILLAGE [190]"), "base.verbs.txt");
        v.read(lines("--- STRIKE [190] ---", "HIT {HITS HITTING}", "- * {CAR BOMB} [1832]",
                "--- STRIKE_MORE [180] ---", "LASH"), "update.verbs.txt", true);
        VerbDictionary.Block strike = v.senses("STRIKES").get(0).block();
        // One block: the update's verb joins it, its pattern comes first, the base pattern stays.
        assertThat(v.senses("HITTING").get(0).block()).isSameAs(strike);
        assertThat(strike.patterns).extracting(VerbDictionary.Pattern::code).containsExactly("1832", "190");
        // A block with a new name stays a block of its own.
        assertThat(v.senses("LASHED").get(0).block()).isNotSameAs(strike);
        assertThat(v.warnings()).isEmpty();
    }

    @Test
    void discardsVoidSentencesOrWholeStories() throws Exception {
        Discards d = new Discards();
        d.read(lines("# sports", "BASEBALL", "+WORLD CUP", "AFL GRAND FINAL_"), "test.discards.txt");
        assertThat(d.match("The baseball season opened.")).isEqualTo(0);
        assertThat(d.match("Brazil won the World Cup.")).isEqualTo(1);
        assertThat(d.match("The AFL Grand Finals were held.")).isEqualTo(-1);
        assertThat(d.match("Russia warned Ukraine.")).isEqualTo(-1);
    }

    @Test
    void theCodeBookNamesCodesAndGivesPloverTypes() {
        CodeBook b = CodeBook.get();
        assertThat(b.name("041")).isEqualTo("Discuss by telephone");
        assertThat(b.plover("1312")).isEqualTo("THREATEN");
        assertThat(b.name("016")).isEqualTo("Deny responsibility");
        assertThat(b.plover("016")).isNull();
        assertThat(b.plover("0234")).isEqualTo("REQUEST");
    }
}
