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
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body
                + "</body></html>";
        return PageExtractor.fromHtml("test", html, "https://islandpost.example/news/night-ferry");
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
}
