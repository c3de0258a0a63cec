package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Title, bylines and publication date as a reader of the page would state them, from whatever the page offers. */
class PageMetadataTest {
    private static final String BODY = """
            <p>The harbour board voted on Tuesday evening to replace the ageing north pier, ending a dispute that had
            run for more than three years and split the town's fishing families.</p>
            <p>Work is due to start in the spring and last eighteen months, the board's chairwoman told reporters after
            the meeting, adding that the cost would be shared with the regional government.</p>
            <p>Boat owners will be moved to a temporary mooring on the south side while the old timber is removed.</p>
            """;

    private static Page page(String head, String body, String url) {
        return TestPages.page(head, body, url, "de");
    }

    @Test
    void bylineInTheTextNamesTheWriterWhenTheAuthorTagNamesTheOutlet() {
        Page p = page("<title>Neuer Pier für den Hafen | Küstenbote</title><meta property=\"og:site_name\" content=\"Küstenbote\">"
                        + "<meta name=\"author\" content=\"Küstenbote\">",
                "<article><h1>Neuer Pier für den Hafen</h1><p class=\"intro\"> von <em>Anna Becker</em></p>" + BODY
                        + "</article>", "https://kuestenbote.example/lokales/neuer-pier");
        assertThat(p.authors()).containsExactly("Anna Becker");
    }

    @Test
    void theOutletStaysTheAuthorWhenNoWriterIsNamed() {
        Page p = page("<title>Neuer Pier für den Hafen</title><meta property=\"og:site_name\" content=\"Küstenbote\">"
                        + "<meta name=\"author\" content=\"Küstenbote\">",
                "<article><h1>Neuer Pier für den Hafen</h1>" + BODY + "</article>", "https://kuestenbote.example/a");
        assertThat(p.authors()).containsExactly("Küstenbote");
    }

    @Test
    void bylinePhrasesAndTrailingDatesAreNotPartOfTheName() {
        Page en = page("<title>Pier vote</title>", "<article><h1>Harbour board backs new pier</h1>"
                + "<span class=\"author-name\">Posted by Tom Hughes @ 12:00 am</span>" + BODY + "</article>", null);
        Page fr = page("<title>Le port</title>", "<article><h1>Le port aura une nouvelle jetée</h1>"
                + "<div class=\"auteur\">Publié par Marie Dupont le 12/02/2021</div>" + BODY + "</article>", null);
        Page de = page("<title>Hafen</title>", "<article><h1>Der Hafen bekommt einen neuen Pier</h1>"
                + "<div class=\"author\">Zeige alle Beiträge von Jonas Weber</div>" + BODY + "</article>", null);
        assertThat(en.authors()).containsExactly("Tom Hughes");
        assertThat(fr.authors()).containsExactly("Marie Dupont");
        assertThat(de.authors()).containsExactly("Jonas Weber");
    }

    @Test
    void everyRepeatedAuthorTagIsAnAuthor() {
        Page p = page("<title>Tidal patterns</title><meta name=\"citation_author\" content=\"Lena Ortiz\">"
                + "<meta name=\"citation_author\" content=\"Karim Haddad\">",
                "<article><h1>Tidal patterns in the north pier basin</h1>" + BODY + "</article>", null);
        assertThat(p.authors()).containsExactly("Lena Ortiz", "Karim Haddad");
    }

    @Test
    void thePublicationCueDecidesAndTheUpdateLineDoesNot() {
        Page p = page("<title>Hafen</title>", "<div class=\"page\"><h2>Der Hafen bekommt einen neuen Pier</h2>" + BODY
                + "<p class=\"foot\">Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023</p></div>", null);
        assertThat(p.published()).isEqualTo("2023-11-01");
        assertThat(p.publishedBasis()).isEqualTo(PublishedBasis.PAGE);
    }

    @Test
    void theDateShownUnderTheHeadlineBeatsAGenericDateTag() {
        Page p = page("<title>Hafen</title><meta name=\"date\" content=\"2021-12-20T11:02:44+01:00\">",
                "<article><h1>Der Hafen bekommt einen neuen Pier</h1><span class=\"date\">27.01.2022</span>" + BODY
                        + "</article>", null);
        assertThat(p.published()).startsWith("2022-01-27");
    }

    @Test
    void aUtcStampAfterLocalMidnightGivesTheDayReadersSaw() {
        Page p = page("<title>Hafen</title><meta property=\"article:published_time\" content=\"2021-11-04T23:00Z\">",
                "<article><h1>Der Hafen bekommt einen neuen Pier</h1><span class=\"date\">05.11.2021</span>" + BODY
                        + "</article>", null);
        assertThat(p.published()).startsWith("2021-11-05");
    }

    @Test
    void aTimeInsideAnEmbeddedPostIsNotTheStorysDate() {
        Page p = page("<title>Pier</title>", "<div><h1>Harbour board backs new pier</h1>" + BODY
                + "<blockquote class=\"tweet\"><p>Great news for the town</p><time datetime=\"2018-03-12T19:30:12+00:00\">"
                + "Mar 12, 2018</time></blockquote><p class=\"byline-date\">Published 29 January 2019</p></div>", null);
        assertThat(p.published()).startsWith("2019-01-29");
    }

    @Test
    void aKickerInsideTheHeadlineIsDroppedWhenTheMetaTitleLeavesItOut() {
        Page p = page("<title>Preise steigen wieder | Küstenbote</title><meta property=\"og:site_name\" content=\"Küstenbote\">",
                "<article><h1><span class=\"kicker\">Energiekrise</span> <span>Preise steigen wieder</span></h1>" + BODY
                        + "</article>", null);
        assertThat(p.title()).isEqualTo("Preise steigen wieder");
    }

    @Test
    void aTitleWithAColonKeepsItsFirstPart() {
        Page p = page("<title>Energiekrise: Preise steigen wieder</title><meta property=\"og:title\" content=\"Preise steigen wieder\">",
                "<article><h1>Energiekrise: Preise steigen wieder</h1>" + BODY + "</article>", null);
        assertThat(p.title()).isEqualTo("Energiekrise: Preise steigen wieder");
    }

    @Test
    void aKickerInItsOwnElementIsDroppedEvenWithAColon() {
        Page p = page("<title>Preise steigen wieder</title>",
                "<article><h1><span class=\"topline\">Energiekrise:</span> Preise steigen wieder</h1>" + BODY
                        + "</article>", null);
        assertThat(p.title()).isEqualTo("Preise steigen wieder");
    }

    @Test
    void ofSeveralH1sTheOneTheTitleRepeatsIsTheHeadline() {
        Page p = page("<title>Port authority - Press releases - Harbour board backs new pier</title>",
                "<div><h1>Quick links</h1><h1>Press releases</h1><h1>Harbour board backs new pier</h1>" + BODY
                        + "<h1>Partners</h1></div>", null);
        assertThat(p.title()).isEqualTo("Harbour board backs new pier");
    }

    @Test
    void textHiddenFromSightedReadersIsNotInTheTitle() {
        Page p = page("<title>Harbour board backs new pier</title>", "<article><h1>Harbour board backs new pier"
                + "<span class=\"element-invisible\"> | Harbour Notes</span></h1>" + BODY + "</article>", null);
        assertThat(p.title()).isEqualTo("Harbour board backs new pier");
    }

    @Test
    void writersListedInTheMenuAreNotTheStorysAuthors() {
        Page p = page("<title>Pier</title>", "<nav><ul class=\"dropdown-menu\"><li><a href=\"/autor/lena-ortiz\">Lena Ortiz</a>"
                + "</li></ul></nav><article><h1>Harbour board backs new pier</h1>"
                + "<p class=\"byline\">By <a href=\"/autor/karim-haddad\">Karim Haddad</a></p>" + BODY + "</article>", null);
        assertThat(p.authors()).containsExactly("Karim Haddad");
    }

    @Test
    void aBlogsNameInThePageHeaderIsNotThePostsTitle() {
        Page p = page("<title>Harbour Notes: Why the north pier had to go</title>",
                "<div id=\"header\"><h1 class=\"title\">Harbour Notes</h1></div><div class=\"post\">"
                        + "<h2 class=\"post-title\">Why the north pier had to go</h2>" + BODY + "</div>", null);
        assertThat(p.title()).isEqualTo("Why the north pier had to go");
    }

    @Test
    void aSectionNameBesideTheHeadlineIsDroppedWithTheSiteName() {
        Page p = page("<title>Blog Archive | Why the north pier had to go | Harbour Notes</title>"
                        + "<meta property=\"og:site_name\" content=\"Harbour Notes\">",
                "<div class=\"post\"><p>" + BODY + "</p></div>", null);
        assertThat(p.title()).isEqualTo("Why the north pier had to go");
    }
}
