package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pages without a byline that still say who wrote them: an editor label, an agency's dateline, a wiki's last
 * editor, a speech, a review, a signed statement, a press contact, a personal site's owner. None of these clues
 * may outweigh a byline, and none may turn a brand or a photo credit into a writer.
 */
class PageAuthorCluesTest {
    private static final String PROSE = """
            <p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice last winter,
            and to keep the ferry berth open while the work goes on through the summer months.</p>
            <p>Fishermen had asked for the repairs since January, saying that the broken planks and the missing rail
            made landing a catch in the dark a danger to every crew that still uses the old pier.</p>
            """;

    private static Page page(String head, String body, String url) {
        return TestPages.page(head, body, url, null);
    }

    @Test
    void aChineseEditorLabelNamesTheEditor() {
        Page p = page("<title>港口重建</title>", "<h1>港口重建北码头</h1>" + PROSE
                + "<div class=\"foot\"><span>责任编辑：  林晓雯  </span></div>", "https://harbour.example/cn/1.htm");
        Page reporter = page("<title>港口重建</title>", "<h1>港口重建北码头</h1>" + PROSE
                + "<table><tr><td>作者： 记者王明远</td><td>编辑： 李青</td></tr></table>", "https://harbour.example/cn/2.htm");
        assertThat(p.authors()).containsExactly("林晓雯");
        assertThat(reporter.authors()).containsExactly("王明远");
    }

    @Test
    void anAgencyDatelineCreditsTheAgency() {
        Page p = page("<title>Pier</title>", "<h1>Nordmole wird neu gebaut</h1>"
                + "<p>Husum (dpa/lno) – Der Hafenbeirat hat am Dienstag beschlossen, die Nordmole neu zu bauen, die "
                + "Stürme im vergangenen Winter zweimal beschädigt haben.</p>" + PROSE, "https://news.example/husum");
        Page afp = page("<title>Pier</title>", "<h1>Harbour to rebuild pier</h1>"
                + "<p>BREST (AFP) - The harbour board voted on Tuesday to rebuild the north pier, which storms damaged "
                + "twice last winter.</p>" + PROSE, "https://news.example/brest");
        Page reuters = page("<title>Pier</title>", "<h1>Harbour to rebuild pier</h1>"
                + "<p>Oslo, May 4 (Reuters) - The harbour board voted on Tuesday to rebuild the north pier, which storms "
                + "damaged twice last winter.</p>" + PROSE, "https://news.example/oslo");
        assertThat(p.authors()).containsExactly("dpa/lno");
        assertThat(afp.authors()).containsExactly("AFP");
        assertThat(reuters.authors()).containsExactly("Reuters");
    }

    @Test
    void aPlaceInBracketsIsNoAgencyAndAByLineStillWins() {
        Page place = page("<title>Pier</title>", "<h1>Harbour to rebuild pier</h1>"
                + "<p>Portland (Maine) - The harbour board voted on Tuesday to rebuild the north pier, which storms "
                + "damaged twice last winter.</p>" + PROSE, "https://news.example/portland");
        Page byline = page("<title>Pier</title>", "<h1>Nordmole wird neu gebaut</h1><p class=\"byline\">Von Jana Kiel</p>"
                + "<p>Husum (dpa) – Der Hafenbeirat hat am Dienstag beschlossen, die Nordmole neu zu bauen, die "
                + "Stürme im vergangenen Winter zweimal beschädigt haben.</p>" + PROSE, "https://news.example/husum-2");
        assertThat(place.authors()).isEmpty();
        assertThat(byline.authors()).containsExactly("Jana Kiel");
    }

    @Test
    void aWikiPageNamesItsLastEditor() {
        Page p = page("<title>Ferries - HarbourWiki</title>", "<h1>Ferries</h1>" + PROSE
                + "<p id=\"pageinfo\" class=\"info\">Ferries  (last edited 2021-03-02 10:14:55 by <span title=\"x\">"
                + "<a href=\"/wiki/PeterHolm\">PeterHolm</a></span>)</p>", "https://wiki.harbour.example/Ferries");
        assertThat(p.authors()).containsExactly("PeterHolm");
    }

    @Test
    void aSpeechIsBySpeakerNamedAfterTheOffice() {
        Page p = page("<title>Rede von Bürgermeisterin Anke Tamm beim Hafenfest</title>",
                "<h1>Rede von Bürgermeisterin Anke Tamm beim Hafenfest</h1>" + PROSE, "https://stadt.example/reden/1");
        Page noOffice = page("<title>Rede von Husum bis Sylt</title>", "<h1>Rede von Husum bis Sylt</h1>" + PROSE,
                "https://stadt.example/reden/2");
        assertThat(p.authors()).containsExactly("Anke Tamm");
        assertThat(noOffice.authors()).isEmpty();
    }

    @Test
    void aReviewPageIsByItsReviewer() {
        Page p = page("<title>harbourferries.example reviewed by Mrs J Alder</title>", "<h1>Great crossing</h1>" + PROSE,
                "https://reviews.example/r/123");
        assertThat(p.authors()).containsExactly("Mrs J Alder");
    }

    @Test
    void aStatementSignedOverTheSignersOfficeIsTheSigners() {
        Page p = page("<title>Grußwort</title>", "<h1>Grußwort zum Hafenfest</h1>" + PROSE
                + "<p>Mögen alle Gäste ein schönes Fest erleben.</p><p>Henrik Sørensen<br> Vorsitzender des Hafenvereins</p>",
                "https://hafenverein.example/grusswort");
        assertThat(p.authors()).containsExactly("Henrik Sørensen");
        // The association's copyright line names the site's owner, not the writer of this greeting.
        Page owned = page("<title>Grußwort</title>", "<h1>Grußwort zum Hafenfest</h1>" + PROSE
                + "<p>Mögen alle Gäste ein schönes Fest erleben.</p><p>Henrik Sørensen<br> Vorsitzender des Hafenvereins</p>"
                + "<footer><p>© 2024 Hafenverein Husum e.V. Alle Rechte vorbehalten.</p></footer>",
                "https://hafenverein.example/grusswort");
        assertThat(owned.authors()).containsExactly("Henrik Sørensen");
    }

    @Test
    void aPressReleaseIsByItsContact() {
        Page labelled = page("<title>Pier</title>", "<h1>Nordmole wird neu gebaut</h1>" + PROSE
                + "<p><strong>Pressekontakt</strong><br>Dr. Lene Voss<br>Pressesprecherin Hafenbeirat<br>Tel.: 0461 12345</p>",
                "https://hafenbeirat.example/presse/1");
        Page box = page("<title>Pier</title>", "<h1>Nordmole wird neu gebaut</h1>" + PROSE
                + "<div class=\"ansprechpartner_liste\"><ul><li><a href=\"/k/1\"><strong>Jonas Brink </strong></a>"
                + "<div>Referent für Presse und Öffentlichkeitsarbeit</div></li></ul></div>",
                "https://hafenbeirat.example/presse/2");
        // A name over a phone number with no contact label is a signature block, perhaps the reader's contact.
        Page unlabelled = page("<title>Pier</title>", "<h1>Nordmole wird neu gebaut</h1>" + PROSE
                + "<p>Jonas Brink<br>Tel.: 0461 12345</p>", "https://hafenbeirat.example/presse/3");
        assertThat(labelled.authors()).containsExactly("Dr. Lene Voss");
        assertThat(box.authors()).containsExactly("Jonas Brink");
        assertThat(unlabelled.authors()).isEmpty();
    }

    @Test
    void aPersonalSiteIsWrittenByTheOwnerItsAddressNames() {
        Page titled = page("<title>Tides and time &#8211; Dr. Maren Ostholt</title>", "<h1>Tides and time</h1>" + PROSE,
                "https://www.maren-ostholt.example/tides/");
        Page initial = page("<title>Tides | K.Lindqvist</title><meta property=\"og:site_name\" content=\"K.Lindqvist\">",
                "<h1>Tides</h1>" + PROSE, "https://klindqvi.blogs.example/2020/tides/");
        Page tagline = page("<title>Tides | Hafenblog</title><meta name=\"application-name\" content=\"Hafenblog\">"
                + "<meta name=\"msapplication-tooltip\" content=\"Jorin Falk\">", "<h1>Tides</h1>" + PROSE,
                "https://jorinfalk.blogs.example/2020/tides/");
        assertThat(titled.authors()).containsExactly("Maren Ostholt");
        assertThat(initial.authors()).containsExactly("K.Lindqvist");
        assertThat(tagline.authors()).containsExactly("Jorin Falk");
    }

    @Test
    void aBrandThatTheAddressSpellsIsNoOwner() {
        Page brand = page("<title>Tides | Harbour Lights</title><meta property=\"og:site_name\" content=\"Harbour Lights\">",
                "<h1>Tides</h1>" + PROSE, "https://www.harbourlights.example/tides/");
        assertThat(brand.authors()).isEmpty();
    }

    @Test
    void anAboutPageIsWrittenByThePersonItIsAbout() {
        Page p = page("<title>Über Tilda Hansen | </title>", "<h1>Hallo!</h1>" + PROSE, "https://tilda.example/ueber/");
        assertThat(p.authors()).containsExactly("Tilda Hansen");
    }

    @Test
    void theCreditUnderTheHeadlineNamesTheAgencyButAPhotoCreditDoesNot() {
        Page agency = page("<title>Pier</title>", "<article><header><hgroup><h1>Harbour to rebuild pier</h1></hgroup>"
                + "<p class=\"credit\">KYODO</p></header>" + PROSE + "</article>", "https://news.example/pier");
        Page photo = page("<title>Pier</title>", "<article><header><h1>Harbour to rebuild pier</h1>"
                + "<figure><img src=\"p.jpg\"><span class=\"credit\">Anna Holm</span></figure>"
                + "<p class=\"credit\">Photo: Anna Holm</p></header>" + PROSE + "</article>", "https://news.example/pier-2");
        assertThat(agency.authors()).containsExactly("KYODO");
        assertThat(photo.authors()).isEmpty();
    }

    @Test
    void aWebsiteNamedAsThePostsAuthorIsKept() {
        Page p = page("<title>Packing light</title>", "<h1>Packing light</h1><span class=\"post-meta\">Autor: "
                + "<a href=\"https://travel.blogs.example/author/bagsready/\">www.bagsready.net</a></span>" + PROSE,
                "https://travel.blogs.example/2017/04/13/packing-light/");
        assertThat(p.authors()).containsExactly("www.bagsready.net");
    }

    @Test
    void aCopyrightLineWithoutAYearNamesThePersonalSitesOwner() {
        Page p = page("<title>Johanna</title>", "<h1>Hi, ich bin Johanna</h1>" + PROSE
                + "<div class=\"copyrights\"><p>(c) Johanna Lind • Weitere Rechte siehe Impressum</p></div>",
                "https://podcast.example/johanna/");
        Page years = page("<title>Marketing</title>", "<h1>Was ist virales Marketing?</h1>" + PROSE
                + "<div id=\"credits\"><p><small>(<a href=\"https://cc.example/by/\">Creative Commons-Lizenz</a>)"
                + " 2006-2008 by Jonas Reiter <br> Hosted by Example</small></p></div>", "https://blog.example/2008/07/viral/");
        assertThat(p.authors()).containsExactly("Johanna Lind");
        assertThat(years.authors()).containsExactly("Jonas Reiter");
    }
}
