package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where pages put the writer's name besides the usual byline: boxes, replies, signatures, licence notices. */
class PageBylineSourcesTest {
    private static final String BODY = """
            <p>The water board voted on Tuesday evening to close the old pumping station at the harbour by the end of
            next year, ending more than a century of service to the lower town and its fish market.</p>
            <p>Residents of the lower town had asked the board to keep the station as a reserve for dry summers, when
            the reservoir on the hill runs low and the pressure in the old pipes drops every afternoon.</p>
            <p>The board's chair said a new main from the treatment works would carry the load, and that the building
            could be sold to the town for a museum of the harbour's working past.</p>
            """;

    private static Page page(String head, String body) {
        return TestPages.page(head, body, "https://harbourgazette.example/2021/03/pumping-station", null);
    }

    private static String ld(String author) {
        return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pumping station to close\","
                + "\"author\":" + author + "}</script>";
    }

    @Test
    void aPageWhoseLayoutNamesAMenuBarStillHasItsByline() {
        String html = "<article><h1>Pumping station to close</h1><div class=\"meta\"><a class=\"author-name\" "
                + "href=\"/author/okafor\" rel=\"author\">Ngozi Okafor</a></div>" + BODY + "</article>";
        Page p = PageExtractor.fromHtml("test", "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>Pumping station</title></head><body class=\"single site-top-bar-menu-social\">" + html
                + "</body></html>", "https://harbourgazette.example/2021/03/pumping-station");
        assertThat(p.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void theBylineAddsTheWritersTheDataLeavesOut() {
        Page p = page("<title>Pumping station</title>" + ld("{\"@type\":\"Person\",\"name\":\"Ngozi Okafor\"}"),
                "<article><h1>Pumping station to close</h1><div class=\"byline main-contributors\">"
                + "<span class=\"contributor\"><a href=\"/author/okafor\">Ngozi Okafor</a></span>, "
                + "<span class=\"contributor\"><a href=\"/author/lund\">Per Lund</a></span></div>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor", "Per Lund");
    }

    @Test
    void anAuthorBoxIsReadThroughTheNameLinksInIt() {
        Page p = page("<title>Pumping station</title>", "<article><h1>Pumping station to close</h1>"
                + "<div class=\"author\"><div class=\"name\"><a href=\"/autor/okafor\">Ngozi Okafor</a>, "
                + "<a href=\"/autor/lund\">Per Lund</a> y <a href=\"/autor/ruiz\">Marta Ruiz</a></div>"
                + "<span>Tiempo de lectura: 4 minutos</span></div>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor", "Per Lund", "Marta Ruiz");
    }

    @Test
    void aSeparatorBeforeTheLabelDoesNotHideTheByline() {
        Page p = page("<title>Pumping station</title>", "<article><h1>Pumping station to close</h1>"
                + "<div class=\"meta\"><span class=\"kicker\">Local</span><span class=\"sr\">| By </span> "
                + "<span>Ngozi Okafor</span> | <time>March 4, 2021</time></div>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void anAuthorTagThatSpellsTheSitesAddressIsTheOutlet() {
        Page p = TestPages.page("<title>Pumping station</title><meta name=\"author\" content=\"Harbour &amp; Gazette\">",
                "<article><h1>Pumping station to close</h1><div class=\"story\">By&nbsp;<a href=\"/reporters/okafor\">"
                + "Ngozi Okafor</a></div>" + BODY + "</article>",
                "https://www.harbourngazette.example/2021/03/pumping-station", null);
        assertThat(p.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void aFirstNameIsWrittenInFullWhereTheBylineGivesTheFullName() {
        Page full = page("<title>Pumping station</title>" + ld("{\"@type\":\"Person\",\"name\":\"Ngozi\"}"),
                "<article><h1>Pumping station to close</h1><p class=\"label\"><strong>By</strong></p>"
                + "<p class=\"full-name\">Ngozi Okafor</p>" + BODY + "</article>");
        // Only a bio and a copyright line write the surname: the page's byline is the first name.
        Page bio = page("<title>Pumping station</title>" + ld("{\"@type\":\"Person\",\"name\":\"Ngozi\"}"),
                "<article><h1>Pumping station to close</h1>" + BODY + "<div class=\"bio\"><p>Ich bin Ngozi Okafor, "
                + "ich schreibe seit zehn Jahren über die Stadt und ihren Hafen.</p></div></article>"
                + "<footer><span>© Ngozi Okafor. All rights reserved.</span></footer>");
        assertThat(full.authors()).containsExactly("Ngozi Okafor");
        assertThat(bio.authors()).containsExactly("Ngozi");
    }

    @Test
    void aDateLabelAfterTheNameIsNoPartOfIt() {
        Page p = page("<title>Pumping station</title>", "<article><h1>Pumping station to close</h1>"
                + "<div class=\"author-box\"><span class=\"author\">Ngozi Okafor Publiziert 04.03.2021</span></div>"
                + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void thePostsAuthorReplyingUnderThePostIsItsAuthor() {
        Page p = page("<title>Pumping station</title>", "<article><h1>Pumping station to close</h1>" + BODY
                + "</article><ol class=\"commentlist\"><li class=\"comment depth-1\"><div class=\"comment-body\">"
                + "<p>Will the museum be free?</p><cite><span class=\"fn\">harbourfan</span></cite></div></li>"
                + "<li class=\"comment byuser comment-author-okafor bypostauthor\"><div class=\"comment-body\">"
                + "<p>The board has not said yet, I will ask.</p><cite>Comment by <span class=\"fn\">okafor</span>"
                + "</cite></div></li></ol>");
        assertThat(p.authors()).containsExactly("okafor");
    }

    @Test
    void aCreativeCommonsNoticeCreditsTheBlogsWriter() {
        Page p = page("<title>Pumping station</title>", "<article><h1>Pumping station to close</h1>" + BODY
                + "</article><footer><span>Harbour notes</span> by <a href=\"https://harbournotes.example/\" "
                + "rel=\"cc:attributionURL\">Ngozi Okafor</a> is licensed under a <a rel=\"license\" "
                + "href=\"https://creativecommons.org/licenses/by/3.0/\">Creative Commons licence</a>.</footer>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void aPressReleaseNamesItsEditorAndPublisherByLabel() {
        Page editor = page("<title>Pumping station</title>", "<div class=\"news\"><h1>Pumping station to close</h1>"
                + "<div class=\"timedata\">04.03.2021 <span>- Redaktion: Jens Albers (Pressesprecher der Stadtwerke)"
                + "</span></div>" + BODY + "</div>");
        Page publisher = page("<title>Pumping station</title>", "<div class=\"news\"><h2>Pressemitteilung</h2>"
                + "<h6>Herausgeber: <a href=\"/firmen/12\">Stadtwerke Nordhafen</a></h6>" + BODY + "</div>");
        assertThat(editor.authors()).containsExactly("Jens Albers");
        assertThat(publisher.authors()).containsExactly("Stadtwerke Nordhafen");
    }

    @Test
    void anArticleSignedAtItsEndNamesItsWriter() {
        Page signed = page("<title>Pumping station</title>", "<div class=\"text\"><h1>Pumping station to close</h1>"
                + BODY + "<p><b><i>Jens Albers</i></b></p></div><div class=\"related\"><p>More news</p></div>");
        // A bold name amid the prose is a subhead or a quoted person, not a signature.
        Page amid = page("<title>Pumping station</title>", "<div class=\"text\"><h1>Pumping station to close</h1>"
                + "<p>The water board voted on Tuesday evening to close the old pumping station at the harbour by the "
                + "end of next year, ending more than a century of service to the lower town.</p>"
                + "<p><b>Jens Albers</b></p>" + BODY + "</div>");
        assertThat(signed.authors()).containsExactly("Jens Albers");
        assertThat(amid.authors()).isEmpty();
    }

    @Test
    void theShownBylineWinsOverAnAccountNameOrAPhraseInTheData() {
        Page account = page("<title>Pumping station</title>" + ld("\"harbour-desk\""),
                "<article><h1>Pumping station to close</h1><div class=\"author\"><p>Autor <span>Ngozi Okafor:</span>"
                + "</p></div>" + BODY + "</article>");
        Page phrase = page("<title>Pumping station</title><meta name=\"author\" content=\"deinen Hafenbloggern\">",
                "<article><h1>Pumping station to close</h1><p class=\"meta\">Von Ngozi Okafor</p>" + BODY + "</article>");
        assertThat(account.authors()).containsExactly("Ngozi Okafor");
        assertThat(phrase.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void aSignatureSetRightMayHaveFootnotesAfterIt() {
        Page p = page("<title>Pumping station</title>", "<div class=\"text\"><h1>Pumping station to close</h1>" + BODY
                + "<p align=\"right\"><em>Jens Albers</em></p><p>(1) The figures come from the water board's annual "
                + "report for the last financial year, published in the autumn and available at the town hall.</p></div>");
        assertThat(p.authors()).containsExactly("Jens Albers");
    }

    @Test
    void aCopyrightLineWrittenWithoutTheSignNamesAPersonalSitesWriter() {
        Page p = page("<title>Pumping station</title>", "<div class=\"post\"><h1>Pumping station to close</h1>" + BODY
                + "</div><div id=\"footer\"><p>Copyright (c) 2012- Jens Albers. All rights reserved. Design by "
                + "<a href=\"https://templates.example/\">Free Templates</a></p></div>");
        assertThat(p.authors()).containsExactly("Jens Albers");
    }

    @Test
    void anAuthorLinkNamingTheOutletsDeskBeatsAGuessFromTheBox() {
        Page p = page("<title>Pumping station</title>", "<article><h1>Pumping station to close</h1>"
                + "<div class=\"article-author vcard\"><div class=\"article-author-text\">von <address class=\"author\">"
                + "<a rel=\"author\" href=\"/impressum\">harbourgazette.example Redaktion</a></address></div>"
                + "<ul class=\"crumbs\"><li>Harbour News</li></ul></div>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("harbourgazette.example Redaktion");
    }

    @Test
    void aCalendarsWeekdaysAreNoByline() {
        Page p = page("<title>Pumping station</title>", "<article><h1>Pumping station to close</h1>" + BODY
                + "</article><table class=\"calendar\"><tr><td>MO</td><td><div>DI</div></td><td><div>MI</div></td>"
                + "<td>DO</td></tr></table>");
        assertThat(p.authors()).isEmpty();
    }

    @Test
    void anAuthorTagNamingTheBroadcasterWithItsAddressGivesWayToTheWriter() {
        Page p = page("<title>Pumping station</title><meta name=\"author\" content=\"Radio Nordhafen (www.nordhafen.example)\">",
                "<article><h1>Pumping station to close</h1>" + BODY + "<div class=\"longText\"><p>Auteur : Ngozi Okafor"
                + "</p><p>Edition : M. Lund</p></div></article>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void theAuthorsOfCitedWorksAreNotThePapersAuthors() {
        Page p = page("<title>Pumping station</title><meta name=\"citation_author\" content=\"Ngozi Okafor\">",
                "<article><h1>Pumping station to close</h1>" + BODY + "<ol class=\"references\"><li itemprop=\"citation\" "
                + "itemscope itemtype=\"http://schema.org/ScholarlyArticle\"><meta itemprop=\"author\" content=\"P. Lund, "
                + "M. Ruiz, \">Harbour pumps, 1910-1960.</li></ol></article>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void theHeadlinesDateLineMayCarryTheName() {
        Page named = page("<title>Pumping station</title>", "<div class=\"content\"><div><small>04.03.2021 | 13:10 Uhr | "
                + "Jens Albers</small><h1>Pumping station to close</h1></div>" + BODY + "</div>");
        // A one-word field is a place or a section, not a writer.
        Page placed = page("<title>Pumping station</title>", "<div class=\"content\"><div><small>04.03.2021 | Nordhafen"
                + "</small><h1>Pumping station to close</h1></div>" + BODY + "</div>");
        assertThat(named.authors()).containsExactly("Jens Albers");
        assertThat(placed.authors()).isEmpty();
    }

    @Test
    void initialsInTheDataGiveWayToTheAuthorLinksFullName() {
        Page p = page("<title>Pumping station</title>" + ld("{\"@type\":\"Person\",\"name\":\"HG\"}"),
                "<article><h1>Pumping station to close</h1><ul class=\"post-metas\"><li class=\"meta-author\">"
                + "<a href=\"https://harbourgazette.example/author/jens-albers/\">Jens Albers</a></li><li>4. März 2021</li>"
                + "</ul>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Jens Albers");
    }

    @Test
    void theWriterThePageShowsWinsOverADataNameItNeverShows() {
        Page hidden = page("<title>Pumping station</title>" + ld("{\"@type\":\"Person\",\"name\":\"Per Lund\"}"),
                "<article><h1>Pumping station to close</h1><p class=\"byline\">Par <a href=\"/auteurs/okafor\">"
                + "Ngozi Okafor</a></p>" + BODY + "</article>");
        Page shown = page("<title>Pumping station</title>" + ld("{\"@type\":\"Person\",\"name\":\"Per Lund\"}"),
                "<article><h1>Pumping station to close</h1><p class=\"byline\">Par <a href=\"/auteurs/okafor\">"
                + "Ngozi Okafor</a></p>" + BODY + "<p>Photos: Per Lund</p></article>");
        assertThat(hidden.authors()).containsExactly("Ngozi Okafor");
        assertThat(shown.authors()).containsExactly("Per Lund");
    }

    @Test
    void aNameAfterALineBreakClosingTheLastParagraphSignsTheArticle() {
        Page p = page("<title>Pumping station</title>", "<div class=\"text\"><h1>Pumping station to close</h1>" + BODY
                + "<p>The museum, if it comes, would open in three years at the earliest, the chair said.<br>"
                + "<em>Jens Albers</em></p></div>");
        assertThat(p.authors()).containsExactly("Jens Albers");
    }
}
