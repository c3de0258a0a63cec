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

    @Test
    void aForumsClockAndAMembersSignUpDayAreNotThePostsDate() {
        Page p = page("<title>Forum</title>", "<div class=\"topic\"><h2 class=\"topic-title\">Welche Reifen für den "
                + "Winter?</h2><div class=\"post\"><dl class=\"profile\"><dd>Registriert: 18.09.2008, 05:56</dd></dl>"
                + "<p class=\"author\">von reifenfan » 21.01.2009, 05:42</p>" + BODY + "</div></div>"
                + "<p class=\"time\">Aktuelle Zeit: 14.10.2020, 12:18</p>");
        assertThat(p.published()).startsWith("2009-01-21");
    }

    @Test
    void todaysDateBesideALogoHeadingIsNotTheStorysDate() {
        Page p = page("<title>Pier</title><meta name=\"date\" content=\"2017-05-01T17:05:00+0200\">",
                "<header><h1><a href=\"/\" class=\"logo\">Coast Radio</a></h1><span class=\"site-date\">Mittwoch, "
                        + "26.02.2020</span></header><div id=\"content\"><h1>Harbour board backs new pier</h1>"
                        + "<p>01.05.2017</p>" + BODY + "</div>");
        assertThat(p.published()).startsWith("2017-05-01");
    }

    @Test
    void theTeaserOfThePageItselfCarriesItsDate() {
        String html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Pier</title></head><body>"
                + "<div class=\"teaser-slider\"><article class=\"default-teaser\"><h2><a href=\"/hafen/ferry-4711\">Ferry"
                + "</a></h2><span class=\"default-teaser__date\">01. Juli 2020</span></article>"
                + "<article class=\"default-teaser\"><h2><a href=\"/hafen/pier-4712\">Harbour board backs new pier</a>"
                + "</h2><span class=\"default-teaser__date\">18. März 2020</span></article></div>"
                + "<main><h1>Harbour board backs new pier</h1>" + BODY + "</main></body></html>";
        Page p = PageExtractor.fromHtml("test", html, "https://www.example.org/hafen/pier-4712");
        assertThat(p.published()).isEqualTo("2020-03-18");
    }

    @Test
    void aListOfRecentPostsInAWidgetDoesNotDateTheStory() {
        Page p = page("<title>Pier</title>", "<div class=\"main\"><h1>Harbour board backs new pier</h1>"
                + "<div>16 March 2021</div>" + BODY + "</div><ul><li id=\"recent-posts-2\" "
                + "class=\"widget widget_recent_entries\"><a href=\"/ferry\">Ferry timetable</a><span class=\"post-date\">"
                + "09/09/2019</span></li></ul>");
        assertThat(p.published()).isEqualTo("2021-03-16");
    }

    @Test
    void theTimeInTheHeadlinesArticleBeatsOnesInOtherArticles() {
        Page p = page("<title>Pier</title>", "<div class=\"aside secondary\"><article class=\"entry\"><h3>Ferry</h3>"
                + "<time pubdate datetime=\"2019-09-22T07:30:29Z\">22 septembre</time></article></div>"
                + "<article><header><h1>Harbour board backs new pier</h1><time datetime=\"2019-06-28T13:49:45Z\">28 juin "
                + "2019</time></header>" + BODY + "</article>");
        assertThat(p.published()).startsWith("2019-06-28");
    }

    @Test
    void anAsideNamedForTheStorysMetaDataHoldsItsDate() {
        Page p = page("<title>Boots</title><meta name=\"date\" content=\"2022-1-26T14:32:06+02:00\">",
                "<article><h1>Harbour board backs new pier</h1><aside class=\"meta\"><time datetime=\"2022-01-21\" "
                        + "class=\"meta__label\">21.01.2022 - 13:30</time></aside>" + BODY + "</article>");
        assertThat(p.published()).startsWith("2022-01-21");
    }

    @Test
    void aDateLineRightOnTopOfTheHeadlineBeatsTeaserLinesBelowIt() {
        Page p = page("<title>Pier</title>", "<div class=\"row\"><p>02.02.2022 10:16 Uhr - Hafen - PM Verein</p>"
                + "<h1>Harbour board backs new pier</h1><div id=\"news_content\">" + BODY + "</div></div><div class=\"tabs\">"
                + "<p><small>30.01.2022 · Hafen</small></p><p><a href=\"/f\">Ferry timetable changes</a></p>"
                + "<p><small>27.01.2022 · Hafen</small></p><p><a href=\"/g\">New crane arrives</a></p></div>");
        assertThat(p.published()).startsWith("2022-02-02");
    }

    @Test
    void aDateBoxFilledByAScriptGivesItsDataAsJson() {
        Page p = page("<title>Review</title>", "<div class=\"review\"><h1>Great service</h1><div class=\"review-dates\">"
                + "<script type=\"application/json\">{\"publishedDate\":\"2016-11-04T20:37:27Z\",\"updatedDate\":null}"
                + "</script></div>" + BODY + "</div>");
        assertThat(p.published()).startsWith("2016-11-04");
    }

    @Test
    void aUtcStampNearMidnightTakesTheSitesOffsetWhenThePageShowsNoDay() {
        String head = "<title>Pier</title><meta property=\"article:published_time\" content=\"2020-05-02T02:54:29.000Z\">"
                + "<script>var feed = [{\"date\":\"Fri, 01 May 2020 23:00:00 -0400\"},"
                + "{\"date\":\"Sat, 02 May 2020 06:00:00 -0400\"}];</script>";
        Page shifted = page(head, "<article><h1>Harbour board backs new pier</h1>" + BODY + "</article>");
        Page utcOnly = page("<title>Pier</title><meta property=\"article:published_time\" "
                + "content=\"2020-05-02T02:54:29.000Z\">", "<article><h1>Harbour board backs new pier</h1>" + BODY
                + "</article>");
        assertThat(shifted.published()).isEqualTo("2020-05-01");
        assertThat(utcOnly.published()).startsWith("2020-05-02");
    }

    @Test
    void anEmbeddedPostsDateComesAfterThePagesOwnDateTag() {
        Page p = page("<title>Desktop</title><meta name=\"date\" content=\"2020-02-03T09:03:10+00:00\">",
                "<div class=\"page\"><h2>Run both systems</h2>" + BODY + "<blockquote class=\"twitter-tweet\"><p>Love it"
                        + "</p>&mdash; A user (@user) May 16, 2018</blockquote></div>");
        assertThat(p.published()).startsWith("2020-02-03");
    }

    @Test
    void theDayATimeElementShowsBeatsADistantStampInItsAttribute() {
        Page p = page("<title>Pier</title>", "<article><h1>Harbour board backs new pier</h1><time datetime="
                + "\"2019-07-03T10:18:46Z\">Publié le 29 juin 2019</time>" + BODY + "</article>");
        Page usOrder = page("<title>Pier</title>", "<article><h1>Harbour board backs new pier</h1><time datetime="
                + "\"2019-07-03T10:18:46Z\">07/03/2019</time>" + BODY + "</article>");
        assertThat(p.published()).isEqualTo("2019-06-29");
        assertThat(usOrder.published()).startsWith("2019-07-03");
    }

    @Test
    void aMembersSignUpDayOnAProfileCardIsNotThePagesDate() {
        Page p = page("<title>Pier</title>", "<div class=\"ProfileCard\"><span class=\"ProfileCard-joinDate\" "
                + "title=\"10:46 AM - 20 Mar 2007\">Joined March 2007</span></div><div class=\"tweet\"><h1>Harbour board"
                + " backs new pier</h1><span class=\"metadata\">11:25 PM - 10 Jul 2020</span>" + BODY + "</div>");
        assertThat(p.published()).startsWith("2020-07-10");
    }

    @Test
    void aForumThreadIsDatedByItsFirstPostsByline() {
        Page p = page("<title>Forenregeln</title>", "<table><tr><td><a href=\"/t595\">Neue Fähre</a><br>"
                + "<a href=\"/t594\">Kurznotiz</a></td><td>24/03/16, 02:31 pm<br>02/03/16, 11:30 am</td></tr></table>"
                + "<h3>Forenregeln</h3><div class=\"post\"><p>Beitrag von <strong>lupa</strong> am 26/10/13, 03:48 pm</p>"
                + BODY + "</div><div class=\"post\"><p>Beitrag von <strong>lupa</strong> am 26/05/14, 07:41 am</p>"
                + "<p>Nachtrag zu den Regeln.</p></div>");
        assertThat(p.published()).startsWith("2013-10-26");
    }

    @Test
    void aDateBoxLabelledAsTheLastChangeIsNotThePublicationDate() {
        Page p = page("<title>Pier</title>", "<div class=\"box\"><h1>Harbour board backs new pier</h1>"
                + "<span class=\"label\">Erschienen am:</span><h2>13.10.2021</h2></div>" + BODY
                + "<div class=\"footer-info\"><h4>Zuletzt geändert am:</h4><ul class=\"timestamp-list\">"
                + "<li class=\"timestamp-list__item\">15.10.2021</li></ul></div>");
        assertThat(p.published()).isEqualTo("2021-10-13");
    }

    @Test
    void aReportForARangeOfDaysIsDatedByItsFirstDayAndTheMenusDatesDoNotCount() {
        Page p = page("<title>Wochenbericht</title>", "<ul id=\"currentNav\"><li><a href=\"/w1\">Bericht 31. Dezember "
                + "2021 - 6. Januar 2022</a></li><li><a href=\"/w2\">Bericht 7. - 13. Januar 2022</a></li></ul>"
                + "<div class=\"content\"><h1>Wochenbericht 14. - 20. Januar 2022</h1>" + BODY + "</div>");
        assertThat(p.published()).isEqualTo("2022-01-14");
    }

    @Test
    void theEndOfAPeriodIsNoDateLine() {
        Page p = page("<title>Urlaub</title>", "<div class=\"home\"><h2>Urlaub in den Bergen</h2><p>Der Tunnel wird vom "
                + "24. April bis 2. Oktober 2017 gesperrt.</p>" + BODY + "</div>");
        assertThat(p.published()).isNull();
    }

    @Test
    void todaysDateInAMastheadWithAnEmptyHeadingIsNotTheStorysDate() {
        Page p = page("<title>Pier</title>", "<div class=\"masthead\"><h1></h1><span class=\"datum\">"
                + "Sonntag, 06.12.2020</span></div><p>Lokales</p><p>Hafen</p><p>Wetter</p><p>Sport</p><p>Kultur</p><p>Service</p>"
                + "<p>Kontakt</p><p>Abo</p><p>Archiv</p><p>Suche</p><p>Login</p><p>Impressum</p><p>Datenschutz</p><p>Karriere"
                + "</p><p>Anzeigen</p><p>Leserbriefe</p><div class=\"story\"><h2>Harbour board backs new pier</h2>"
                + "<p class=\"datum\">02.12.2020</p>" + BODY + "</div>");
        assertThat(p.published()).isEqualTo("2020-12-02");
    }
}
