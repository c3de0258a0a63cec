package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlainTextPageTest {
    private static final String HARBOUR = String.join("\n",
            "Port Authority Approves Harbour Expansion After Two-Year Review",
            "",
            "By Maria Lindqvist",
            "",
            "The regional port authority on Tuesday approved a plan to deepen the northern harbour, ending a review "
                    + "that began two years ago and drew objections from fishing crews.",
            "",
            "Dredging will start in spring, the authority said, and the first larger container ships could dock "
                    + "by the end of next year.",
            "",
            "“We listened to every concern,” said the authority's chair, Henrik Olsen. “This plan protects the "
                    + "spawning grounds and keeps the port competitive.”",
            "",
            "This article was originally published by the Coastal Times and is republished with permission.",
            "",
            "3 Comments",
            "",
            "  • Anna Berg says:",
            "    March 3, 2023 at 9:15 am",
            "",
            "    Finally some good news for the town.",
            "",
            "      • Lars Holm says:",
            "        March 4, 2023 at 7:02 pm",
            "",
            "        Good news for whom? The fishing crews were not asked.",
            "",
            "  • Peter Dahl March 5, 2023 at 10:30 am",
            "",
            "    The dredging noise will be a problem all summer.",
            "",
            "Leave a Reply",
            "",
            "Your email address will not be published. Required fields are marked *",
            "");

    @Test
    void titleBodyAndBylineAreApart() {
        Page page = PageExtractor.extract("harbour.txt", HARBOUR);
        assertThat(page.title()).isEqualTo("Port Authority Approves Harbour Expansion After Two-Year Review");
        assertThat(page.authors()).containsExactly("Maria Lindqvist");
        assertThat(page.text()).startsWith("The regional port authority on Tuesday approved")
                .endsWith("keeps the port competitive.”")
                .doesNotContain("originally published", "Comments", "Leave a Reply", "email address", "Finally some");
        assertThat(page.text().split("\n\n")).hasSize(3);
    }

    @Test
    void commentsKeepAuthorDateAndNesting() {
        Page page = PageExtractor.extract("harbour.txt", HARBOUR);
        assertThat(page.comments()).containsExactly(
                new Comment("Anna Berg", "2023-03-03T09:15", "Finally some good news for the town.", 0),
                new Comment("Lars Holm", "2023-03-04T19:02", "Good news for whom? The fishing crews were not asked.", 1),
                new Comment("Peter Dahl", "2023-03-05T10:30", "The dredging noise will be a problem all summer.", 0));
    }

    @Test
    void republicationNoteIsADisclosureAndTheEarliestCommentBoundsTheDate() {
        Page page = PageExtractor.extract("harbour.txt", HARBOUR);
        assertThat(page.disclosures()).singleElement().satisfies(d -> {
            assertThat(d.labels()).containsExactly("republished");
            assertThat(d.subject()).isEqualTo("Coastal Times");
        });
        assertThat(page.published()).isEqualTo("2023-03-03");
        assertThat(page.publishedBasis()).isEqualTo(PublishedBasis.INFERRED);
        // A note about a source is not a note about the outlet.
        assertThat(page.outlet()).isEqualTo(Outlet.UNKNOWN);
    }

    @Test
    void aDateLineUnderTheTitleIsThePagesOwnDate() {
        String text = "Council Votes to Close Library Branch\n\nJune 14, 2022\n\n"
                + "The city council voted 7-2 on Monday to close the east-side library branch, citing falling visits.\n\n"
                + "Residents who spoke at the meeting asked the council to reconsider, and a petition has 1,200 names.\n";
        Page page = PageExtractor.extract("library.txt", text);
        assertThat(page.published()).isEqualTo("2022-06-14");
        assertThat(page.publishedBasis()).isEqualTo(PublishedBasis.PAGE);
        assertThat(page.text()).startsWith("The city council voted").doesNotContain("June 14");
    }

    @Test
    void stateFundingNoteLabelsTheOutlet() {
        String text = "Ministry Announces New Grain Export Quota\n\n"
                + "The agriculture ministry set a grain export quota of 11 million tonnes for the first half of the year, "
                + "officials said on Friday.\n\n"
                + "Traders expected a lower figure after a dry autumn in the south.\n\n"
                + "Globe Channel is an international broadcaster that is funded by the national government.\n";
        Page page = PageExtractor.extract("grain.txt", text);
        assertThat(page.outlet().name()).isEqualTo("Globe Channel");
        assertThat(page.outlet().labels()).containsExactly("state-funded");
        assertThat(page.text()).doesNotContain("broadcaster");
        assertThat(page.published()).isNull();
        assertThat(page.publishedBasis()).isNull();
    }

    @Test
    void fundingWordsInTheMiddleOfTheStoryAreNews() {
        String text = "Broadcaster Faces New Sanctions\n\n"
                + "Regulators fined the channel on Wednesday for breaching impartiality rules.\n\n"
                + "The channel, which is funded by the Russian government, said it would appeal.\n\n"
                + "The appeal is expected to be heard next month.\n";
        Page page = PageExtractor.extract("sanctions.txt", text);
        assertThat(page.text()).contains("funded by the Russian government");
        assertThat(page.disclosures()).isEmpty();
    }

    @Test
    void theCrawledExamplePage() throws IOException {
        Path example = shared().resolve("examples/kremlin-pleased-biden-putin-talks.txt");
        assumeTrue(Files.isRegularFile(example), "example page not present");
        Page page = PageExtractor.extract(example.toString(), Files.readAllBytes(example));
        assertThat(page.title()).isEqualTo("Kremlin Says ‘Pleased’ With Biden-Putin Talks, But Warns Against ‘Colossal’ Mistake");
        assertThat(page.text()).startsWith("Moscow is pleased").endsWith("future generations.")
                .doesNotContain("RT, previously known", "One thought", "Looks like we do", "Leave a Reply");
        assertThat(page.comments()).singleElement().satisfies(c -> {
            assertThat(c.published()).startsWith("2021-12-31");
            assertThat(c.text()).startsWith("Looks like we do have a brighter future");
            assertThat(c.depth()).isZero();
        });
        assertThat(page.outlet().name()).isEqualTo("RT");
        assertThat(page.outlet().labels()).contains("state-funded");
        assertThat(page.published()).isIn("2021-12-31", "2021-12-30");
        assertThat(page.disclosures()).singleElement().satisfies(d -> assertThat(d.subject()).isEqualTo("RT"));
    }

    static Path shared() {
        String p = System.getProperty("dateline.shared");
        if (p != null && Files.isDirectory(Path.of(p))) return Path.of(p);
        String env = System.getenv("DATELINE_SHARED");
        if (env != null && Files.isDirectory(Path.of(env))) return Path.of(env);
        return Path.of("/work/shared");
    }

    @Test
    void bytesInWindows1252AreRead() {
        byte[] raw = "Caf\u00e9 Owners Protest Rent Rise\n\nOwners of the caf\u00e9s on the square protested on Monday.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Page page = PageExtractor.extract("cafe.txt", raw);
        assertThat(page.title()).isEqualTo("Caf\u00e9 Owners Protest Rent Rise");
        assertThat(page.text()).contains("caf\u00e9s");
        assertThat(new String(raw, StandardCharsets.UTF_8)).contains("\ufffd");
    }
}
