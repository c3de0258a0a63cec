package org.dateline.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The cues and page parts that decide whether a date written on a page is the page's own. */
class TextDatesTest {
    @Test
    void aBylineRunningIntoItsDateIsAPublicationCue() {
        assertThat(TextDates.isPublication("Beitrag von lupa am ")).isTrue();
        assertThat(TextDates.isPublication("Post by admin » Wed ")).isTrue();
        assertThat(TextDates.isPublication("par Jean Dupont le ")).isTrue();
        assertThat(TextDates.isPublication("The ferry sailed on ")).isFalse();
    }

    @Test
    void aClockOrASignUpDayIsNeverThePagesDate() {
        assertThat(TextDates.isNotThePages("Aktuelle Zeit: ")).isTrue();
        assertThat(TextDates.isNotThePages("It is currently ")).isTrue();
        assertThat(TextDates.isNotThePages("Registriert: ")).isTrue();
        assertThat(TextDates.isNotThePages("Joined ")).isTrue();
        assertThat(TextDates.isNotThePages("Member since ")).isTrue();
        assertThat(TextDates.isNotThePages("Veröffentlicht am ")).isFalse();
        assertThat(TextDates.isNotThePages("unregistered ")).isFalse();
        assertThat(TextDates.isNotThePages("Der Tunnel ist vom 24. April bis ")).isTrue();
        assertThat(TextDates.isNotThePages("The bridge stays closed until ")).isTrue();
    }

    @Test
    void aHeadingThatOnlyLinksHomeIsTheLogoNotTheHeadline() {
        Document doc = Jsoup.parse("<header><h1><a href=\"/\" class=\"logo\">Coast Radio</a></h1></header>"
                + "<h1><a href=\"https://radio.example.org/\">Coast Radio</a></h1>"
                + "<main><h1>Harbour board backs new pier</h1></main>", "https://radio.example.org/news/pier");
        assertThat(TextDates.storyHeadline(doc.body()).text()).isEqualTo("Harbour board backs new pier");
        assertThat(TextDates.isLogo(doc.selectFirst("main h1"))).isFalse();
    }

    @Test
    void listsNamedForNavigationAreTold() {
        Document doc = Jsoup.parse("<ul id=\"currentNav\"></ul><div class=\"main-menu x\"></div>"
                + "<div class=\"breadcrumb\"></div><div class=\"canvas\"></div><div class=\"story\"></div>");
        assertThat(doc.select("ul, div").stream().map(TextDates::isNavigation))
                .containsExactly(true, true, true, false, false);
    }

    @Test
    void aBoxWhoseFirstHeadingLinksToThisPageIsItsOwnTeaser() {
        Document doc = Jsoup.parse("<div class=\"teaser\" id=\"a\"><h2><a href=\"/hafen/pier-4712/\">Pier</a></h2></div>"
                + "<div class=\"teaser\" id=\"b\"><h2><a href=\"/hafen/ferry\">Ferry</a></h2></div>",
                "https://www.example.org/hafen/pier-4712");
        assertThat(TextDates.isOwnTeaser(doc.getElementById("a"))).isTrue();
        assertThat(TextDates.isOwnTeaser(doc.getElementById("b"))).isFalse();
        assertThat(TextDates.isOtherStories(doc.getElementById("a"))).isFalse();
        assertThat(TextDates.isOtherStories(doc.getElementById("b"))).isTrue();
    }
}
