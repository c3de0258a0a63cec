package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The publication date a reader of the page would state, from the markup and the dates the page shows. */
class PublicationDateTest {
    private static final String BODY = """
            <p>The harbour board voted on Tuesday evening to replace the ageing north pier, ending a dispute that had
            run for more than three years and split the town's fishing families.</p>
            <p>Work is due to start in the spring and last eighteen months, the board's chairwoman told reporters after
            the meeting, adding that the cost would be shared with the regional government.</p>
            <p>Boat owners will be moved to a temporary mooring on the south side while the old timber is removed.</p>
            """;

    private static Page page(String head, String body) {
        return TestPages.page(head, body, null, "de");
    }

    private static final String BOTH_STAMPS = "<title>Pier</title>"
            + "<meta property=\"article:published_time\" content=\"2021-11-29T14:13:00+01:00\">"
            + "<meta property=\"article:modified_time\" content=\"2022-01-12T09:30:00+01:00\">";

    @Test
    void theUpdateDayIsTheDateWhenItIsTheOnlyOneThePageShows() {
        Page p = page(BOTH_STAMPS, "<article><h1>Harbour board backs new pier</h1><p class=\"meta\">12.01.2022</p>"
                + BODY + "</article>");
        assertThat(p.published()).startsWith("2022-01-12");
    }

    @Test
    void thePublicationStampStandsWhenThePageShowsItOrNoDateAtAll() {
        Page shown = page(BOTH_STAMPS, "<article><h1>Harbour board backs new pier</h1><p class=\"meta\">29.11.2021"
                + " (updated 12.01.2022)</p>" + BODY + "</article>");
        Page none = page(BOTH_STAMPS, "<article><h1>Harbour board backs new pier</h1>" + BODY + "</article>");
        assertThat(shown.published()).startsWith("2021-11-29");
        assertThat(none.published()).startsWith("2021-11-29");
    }

    @Test
    void aDateLineJustAboveTheHeadlineBeatsTheTeasersBelowIt() {
        Page p = page("<title>Pier</title>", "<article><div class=\"headline-info\"><span class=\"kicker\">Press release"
                + "</span><span class=\"headline-date\">02. November 2021</span></div><h1>Harbour board backs new pier</h1>"
                + BODY + "</article><div class=\"teaser-list\"><div class=\"teaser\"><span class=\"headline-date\">"
                + "16.02.2022</span><h2>Ferry timetable changes</h2></div></div>");
        assertThat(p.published()).isEqualTo("2021-11-02");
    }

    @Test
    void aClassThatOnlyContainsTheWordCommentIsNotTheCommentSection() {
        Page p = page("<title>Pier</title>", "<article><h1>Why the pier vote matters</h1>"
                + "<div class=\"articleheadercomment_publishdate\">Dienstag, 29. Januar 2019</div>" + BODY
                + "<div class=\"comments\"><p class=\"comment-date\">03.02.2019</p><p>Well said.</p></div></article>");
        assertThat(p.published()).isEqualTo("2019-01-29");
    }

    @Test
    void theLastChangeLineBeatsADateInTheProse() {
        Page p = page("<title>Schnee</title>", "<div class=\"page\"><h1>Schneekarten aus dem All</h1>"
                + "<p>Die Auswertung des Satellitenbildes vom 31.05.2021 zeigt, wie weit die Schneedecke an den "
                + "Südhängen bereits zurückgegangen war, und deckt sich mit den Messungen der Stationen im Tal.</p>" + BODY
                + "<p class=\"foot\">Letzte Änderung: 14.01.2022 um 09:25</p></div>");
        assertThat(p.published()).startsWith("2022-01-14");
    }

    @Test
    void aDatelineOpeningTheStoryBeatsTheDateOfAPhotoCaption() {
        Page p = page("<title>Protest</title>", "<div class=\"page\"><h1>Protesters gather at the theatre</h1>"
                + "<p>A protester holds a flag near the theatre in the city centre on the evening of January 16, 2020. "
                + "Photo by a staff photographer</p><p>January 18, 2020 PARIS (Reuters) - Protesters opposed to the "
                + "pension reform gathered outside the theatre on Friday evening.</p>" + BODY + "</div>");
        assertThat(p.published()).isEqualTo("2020-01-18");
    }

    @Test
    void aQuotedPostsDateDoesNotShiftTheStorysUtcStamp() {
        Page p = page("<title>Pier</title><meta property=\"article:published_time\" content=\"2020-09-28T23:12:35+00:00\">",
                "<article><h1>Harbour board backs new pier</h1>" + BODY + "<figure><blockquote class=\"tweet\">"
                        + "<p>Great news for the town</p>- Harbour Notes (@harbour) September 27, 2020</blockquote></figure>"
                        + "</article>");
        assertThat(p.published()).startsWith("2020-09-28");
    }

    @Test
    void aPageWhoseOnlyDateIsInTheSidebarStillHasIt() {
        Page p = page("<title>Lettern</title>", "<div id=\"wrapper\"><div id=\"content\"><h2>Literatur und Typografie</h2>"
                + BODY + "</div><div id=\"sidebar\"><p class=\"news\">19. Mai 2010</p></div></div>");
        assertThat(p.published()).isEqualTo("2010-05-19");
    }

    @Test
    void todaysDateInTheSiteHeaderIsNotTheStorysDate() {
        Page p = page("<title>Kolumne</title>", "<header class=\"container\"><div class=\"navtop\"><span class=\"mod_datetime\">"
                + "<time datetime=\"2023-11-01T13:56:20+01:00\">Mittwoch, 01. November 2023</time></span></div></header>"
                + "<div class=\"item-page\"><h2>Im Schlepptau</h2><p><span class=\"text_datum\">31. Oktober 2023.</span></p>"
                + BODY + "</div>");
        assertThat(p.published()).isEqualTo("2023-10-31");
    }

    @Test
    void aTimeInATeaserOfAnotherStoryIsNotTheStorysDate() {
        Page p = page("<title>Pier</title>", "<article><h1>Harbour board backs new pier</h1><p class=\"meta\">Posted "
                + "31 October 2023</p>" + BODY + "<div class=\"related-posts\"><time class=\"published\" datetime="
                + "\"2020-12-03 07:32:49\">3. Dezember 2020</time><h3>Ferry timetable</h3></div></article>");
        assertThat(p.published()).isEqualTo("2023-10-31");
    }

    @Test
    void dateLinesOfTeasersNamedInTheirOwnClassAreNotTheStorysDate() {
        Page p = page("<title>Pier</title>", "<div class=\"page\"><h1>Harbour board backs new pier</h1>" + BODY
                + "<div class=\"list\"><div class=\"infos\"><span class=\"default-teaser__date\">06. Aug 2020</span>"
                + "<a href=\"/ferry\">Ferry timetable</a></div></div><p>Aktualisiert am 21.01.2022</p></div>");
        assertThat(p.published()).isEqualTo("2022-01-21");
    }
}
