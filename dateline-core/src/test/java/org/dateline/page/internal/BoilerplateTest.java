package org.dateline.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word checks that spare the slow patterns must never spare a paragraph the patterns would remove. */
class BoilerplateTest {
    private static final String STORY_1 = "The city council voted on Tuesday to close the old harbour bridge to lorries, "
            + "after engineers found cracks in two of its supports during a routine inspection last month.";
    private static final String STORY_2 = "Repairs are expected to take at least a year, the council said, and will cost "
            + "about 4 million euros, most of it paid by the regional government.";
    private static final String STORY_3 = "Local hauliers said the detour would add half an hour to each trip, and asked "
            + "for the work to be done in stages so that one lane could stay open.";

    private static List<String> strip(String... extra) {
        List<String> paragraphs = new ArrayList<>(List.of(STORY_1, STORY_2, STORY_3));
        paragraphs.addAll(List.of(extra));
        Boilerplate.strip(paragraphs);
        return paragraphs;
    }

    @Test
    void removesNoticesWhateverTheirCase() {
        assertThat(strip("WE USE COOKIES TO IMPROVE YOUR EXPERIENCE. CLICK ACCEPT TO CONSENT."))
                .containsExactly(STORY_1, STORY_2, STORY_3);
        assertThat(strip("Sign Up For Our Daily Newsletter")).containsExactly(STORY_1, STORY_2, STORY_3);
        assertThat(strip("Already A Subscriber? Log in here.")).containsExactly(STORY_1, STORY_2, STORY_3);
        assertThat(strip("© 2024 Harbour Times. All Rights Reserved.")).containsExactly(STORY_1, STORY_2, STORY_3);
        assertThat(strip("A view of the bridge at dusk. (Foto: Max Muster)")).containsExactly(STORY_1, STORY_2, STORY_3);
    }

    @Test
    void foldsCharactersOneForOneAsCaseInsensitiveMatchingDoes() {
        // The Kelvin sign and the dotted capital I fold to the letters a case-insensitive pattern matches them with.
        assertThat(Boilerplate.fold("CO\u212AIES PRİVACY")).isEqualTo("cokies privacy");
        assertThat(strip("Coo\u212Aies help us run this site: accept them in the settings."))
                .containsExactly(STORY_1, STORY_2, STORY_3);
    }

    @Test
    void keepsStoryParagraphsThatOnlyMentionTheWords() {
        String content = "Engineers said the content of the report would be published once the council had read it.";
        assertThat(strip(content)).containsExactly(STORY_1, STORY_2, STORY_3, content);
    }
}
