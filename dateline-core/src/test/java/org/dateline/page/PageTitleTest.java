package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline as readers see it: without the kicker set above it, the site's name or the section beside it. */
class PageTitleTest {
    private static final String BODY = """
            <p>The ferry company said on Monday that the night crossing would return in May, two years after it was
            dropped for want of passengers and crew.</p>
            <p>Islanders had petitioned the regional council for months, arguing that the day boats left them no way
            to reach the mainland hospital after dark.</p>
            """;

    private static Page page(String head, String body) {
        return TestPages.page(head, body, "https://islandpost.example/news/night-ferry", null);
    }

    @Test
    void aKickerInItsOwnElementIsNotPartOfTheHeadline() {
        Page span = page("<title>Nach langer Pause: Die Nachtfähre kommt zurück | Inselpost</title>",
                "<article><h1><span class=\"dachzeile\">Nach langer Pause</span> <span class=\"headline\">Die Nachtfähre"
                        + " kommt zurück</span></h1>" + BODY + "</article>");
        Page div = page("<title>Island transport: Night ferry returns in May</title>",
                "<article><h1><div class=\"topic-label\">Island transport</div> Night ferry returns in May</h1>" + BODY
                        + "</article>");
        assertThat(span.title()).isEqualTo("Die Nachtfähre kommt zurück");
        assertThat(div.title()).isEqualTo("Night ferry returns in May");
    }

    @Test
    void anH1WithoutAKickerStaysWhole() {
        Page p = page("<title>Night ferry: islanders win their fight</title>",
                "<article><h1><span class=\"first\">Night ferry:</span> islanders win their fight</h1>" + BODY + "</article>");
        assertThat(p.title()).isEqualTo("Night ferry: islanders win their fight");
    }

    @Test
    void theHeadlineElementBesideAKickerIsTheTitle() {
        Page p = page("<title>Ferry - Island Post</title>", "<article><h1><span class=\"small green\">Ferries – timetables"
                + "</span><span class=\"invisible\">: </span><span class=\"headline\">Night ferry returns in May</span></h1>"
                + BODY + "</article>");
        assertThat(p.title()).isEqualTo("Night ferry returns in May");
    }

    @Test
    void theHeadlineIsPreferredToAMetaTitleThatDiffersOnlyInItsDashes() {
        Page p = page("<title>Night ferry returns - islanders celebrate</title>",
                "<article><h1>Night ferry returns – islanders celebrate</h1>" + BODY + "</article>");
        assertThat(p.title()).isEqualTo("Night ferry returns – islanders celebrate");
    }

    @Test
    void withoutAnH1TheFirstHeadingBeforeTheStoryIsTheTitle() {
        Page p = page("<title>Island Post - Transport</title>", "<header><h2>Island Post</h2></header>"
                + "<div class=\"post\"><h2 class=\"sr-only\">Navigation shortcuts</h2><h2>Night ferry returns in May</h2>"
                + BODY + "<h2>What the council said</h2><p>More.</p></div>");
        assertThat(p.title()).isEqualTo("Night ferry returns in May");
    }
}
