package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.page.internal.Bylines;
import org.junit.jupiter.api.Test;

/**
 * Which name a page's byline gives and in what form: the names readers see beat links they never see, a desk
 * credited beside the writers stays, a closing "Quelle:" line names the desk, initials and user names are spelled
 * out as the page itself writes the name.
 */
class PageBylineFormsTest {
    private static final String URL = "https://www.hafenbote.de/2021/03/pumpwerk";
    private static final String BODY = """
            <p>Der Wasserverband hat am Dienstagabend beschlossen, das alte Pumpwerk am Hafen bis Ende des nächsten
            Jahres zu schließen. Damit endet mehr als ein Jahrhundert Dienst für die Unterstadt und ihren Fischmarkt.</p>
            <p>Anwohner der Unterstadt hatten den Verband gebeten, das Pumpwerk als Reserve für trockene Sommer zu
            behalten, wenn der Speicher auf dem Berg leer läuft und der Druck in den alten Leitungen nachmittags sinkt.</p>
            <p>Die Vorsitzende sagte, eine neue Leitung vom Klärwerk werde die Last tragen, und das Gebäude könne der
            Stadt für ein Museum der Hafenarbeit verkauft werden.</p>
            """;
    private static final String SITE = "<meta property=\"og:site_name\" content=\"Hafenbote\">";

    private static Page page(String head, String body) {
        return TestPages.page("<title>Pumpwerk schließt</title>" + SITE + head, body, URL, "de");
    }

    private static String ld(String authors) {
        return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pumpwerk schließt\","
                + "\"author\":" + authors + "}</script>";
    }

    private static String person(String name) {
        return "{\"@type\":\"Person\",\"name\":\"" + name + "\"}";
    }

    @Test
    void aLinkHiddenFromReadersIsNoBylineAndTheTeamAfterADashIsNoName() {
        Page p = page("", "<article><h1>Pumpwerk schließt</h1><div class=\"post-body\"><span class=\"byline-author\">"
                + "Posted by Ngozi Okafor, Per Lund and Marta Ruiz - Water Safety team</span>" + BODY
                + "<a href=\"https://social.example/112374\" rel=\"author\" style=\"display:none;\">Hafenbote</a>"
                + "</div></article>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor", "Per Lund", "Marta Ruiz");
    }

    @Test
    void topicLinksBesideTheOutletsNameAreNoWritersAndTheOutletKeepsItsName() {
        Page p = page(ld("{\"@type\":\"Organization\",\"name\":\"Hafenbote\"}"), "<article><h1>Pumpwerk schließt</h1>"
                + "<div class=\"post-meta vcard author\">01.03.2021 / <a href=\"/thema/wasser/\" class=\"tag tag-12\">"
                + "Wasser</a> / <a href=\"/thema/hafen/\" class=\"tag tag-13\">Hafen</a></div>" + BODY + "</article>"
                + "<aside><div><a href=\"/stellenmarkt/\">Hafenbote Stellenmarkt</a></div></aside>");
        assertThat(p.authors()).containsExactly("Hafenbote");
    }

    @Test
    void aDeskCreditedBesideTheWritersStaysButTheOutletsOwnNameDoesNot() {
        Page desk = page(ld("[" + person("Ngozi Okafor") + "," + person("Redaktion") + "]"),
                "<article><h1>Pumpwerk schließt</h1><p class=\"author\">von Ngozi Okafor, Redaktion</p>" + BODY
                + "</article>");
        assertThat(desk.authors()).containsExactly("Ngozi Okafor", "Redaktion");
        Page outlet = page(ld("[" + person("Ngozi Okafor") + "," + person("Hafenbote") + "]"),
                "<article><h1>Pumpwerk schließt</h1><p class=\"author\">von Ngozi Okafor</p>" + BODY + "</article>");
        assertThat(outlet.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void aClosingSourceLineNamesTheDeskWhenTheDataNamesOnlyTheOutlet() {
        Page p = page("<meta name=\"author\" content=\"hafenbote.de\">", "<article><h1>Pumpwerk schließt</h1>"
                + "<figure><img src=\"p.jpg\"><figcaption>Quelle: Stadtarchiv</figcaption></figure>" + BODY
                + "<p class=\"text\"><em>Quelle: NDR Niedersachsen/lno</em></p></article>");
        assertThat(p.authors()).containsExactly("NDR Niedersachsen/lno");
    }

    @Test
    void anAgencysCreditClosingAParagraphNamesTheDeskWhenTheDataNamesOnlyTheNewsroom() {
        Page p = page(ld(person("Redaktion")), "<article><h1>Pumpwerk schließt</h1>" + BODY
                + "<p>Der Verband will im Herbst über den Verkauf entscheiden, hieß es. (HB mit dpa)</p></article>");
        assertThat(p.authors()).containsExactly("HB mit dpa");
    }

    @Test
    void aPressReleasesPublisherLineNamesTheDeskWhenTheDataNamesOnlyTheBody() {
        Page p = page("<meta name=\"author\" content=\"Hafenverband e. V.\">", "<article><h1>Pumpwerk schließt</h1>"
                + BODY + "<div class=\"contact\"><strong>Herausgeber:</strong> <div class=\"contact__address\"><span>"
                + "<strong>Pressestelle des Hafenverbands</strong><br> Kaistraße 13<br> 20457 Hamburg</span></div></div>"
                + "</article>");
        assertThat(p.authors()).containsExactly("Pressestelle des Hafenverbands");
    }

    @Test
    void aDeskCreditInTheBylineBoxIsKeptAsWritten() {
        Page p = page("", "<article><h1>Pumpwerk schließt</h1>" + BODY + "<div class=\"story-footer\"><div class=\"byline\">"
                + "<p>red, hafenbote.de/<a href=\"/impressum-agenturen/\">Agenturen</a></p></div></div></article>");
        assertThat(p.authors()).containsExactly("red, hafenbote.de/Agenturen");
    }

    @Test
    void aPicturesSourceIsNoDeskAndASentenceAfterTheLabelIsNoDesk() {
        Page p = page("<meta name=\"author\" content=\"hafenbote.de\">", "<article><h1>Pumpwerk schließt</h1>"
                + "<figure><img src=\"p.jpg\"><figcaption>Quelle: Stadtarchiv</figcaption></figure>" + BODY
                + "<p>Quelle: Bericht des Wasserverbands zur Lage der Leitungen, 2021</p></article>");
        assertThat(p.authors()).containsExactly("hafenbote.de");
    }

    @Test
    void initialsInTheBylineAreSpelledOutByTheBlogsLicence() {
        Page p = TestPages.page("<title>Pumpwerk schließt</title>", "<article><h1>Pumpwerk schließt</h1>"
                + "<span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/ngoziokafor/\">NO</a></span>"
                + BODY + "</article><footer><span>Ein Hafentagebuch</span> von <a href=\"https://hafentagebuch.example/\" "
                + "rel=\"cc:attributionURL\">Ngozi Okafor</a> steht unter einer Creative Commons Lizenz.</footer>",
                "https://hafentagebuch.example/2021/03/pumpwerk", "de");
        assertThat(p.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void aUserNameIsSpelledOutWithTheMiddleInitialTheTextGivesIt() {
        Page p = page(ld(person("ngozi.okafor")), "<article><h1>Pumpwerk schließt</h1><p>Chefredakteurin Ngozi A. "
                + "Okafor kommentiert den Beschluss.</p>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Ngozi A. Okafor");
    }

    @Test
    void aBylineWrittenInLowerCaseBeatsANameTheDataGivesAndThePageNeverShows() {
        Page p = page(ld(person("Eduardo Barrenechea")), "<article><h1>Pumpwerk schließt</h1>"
                + "<div class=\"author\">e. barrenechea / J. I. da silva</div>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("e. barrenechea", "J. I. da silva");
    }

    @Test
    void everyRepeatedCreatorTagIsAWriterAndTheirDegreesAreKeptAsTheAuthorListWritesThem() {
        Page p = page("<meta name=\"dc.Creator\" content=\" Ngozi A.  Okafor \"><meta name=\"dc.Creator\" "
                + "content=\"Per  Lund\"><meta name=\"dc.Creator\" content=\"Marta Ruiz\">",
                "<article><h1>Pumpwerk schließt</h1><div class=\"authors\">"
                + "<a class=\"author-name\" href=\"#a1\"><span>Ngozi A. Okafor, PhD</span></a>"
                + "<a class=\"author-name\" href=\"#a2\"><span>Per Lund, MD, MPH</span></a>"
                + "<a class=\"author-name\" href=\"#a3\"><span>Marta Ruiz</span></a></div>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Ngozi A. Okafor, PhD", "Per Lund, MD, MPH", "Marta Ruiz");
    }

    @Test
    void aCompanysPressPageIsCreditedToTheCompanyWithItsLegalForm() {
        Page p = TestPages.page("<title>Bürgerbeteiligung startet</title>", "<article><h1>Bürgerbeteiligung startet"
                + "</h1>" + BODY + "</article><footer><p>© Hafenwerke Nord Energie AG 2022. Alle Rechte vorbehalten.</p>"
                + "</footer>", "https://www.hafenwerke.example/presse/buergerbeteiligung.html", "de");
        assertThat(p.authors()).containsExactly("Hafenwerke Nord Energie AG");
    }

    @Test
    void aFirstNameIsWrittenInFullAsTheAuthorBoxsBioOpens() {
        Page p = page(ld(person("Ngozi")), "<article><h1>Pumpwerk schließt</h1><div class=\"byline\">Ngozi</div>" + BODY
                + "<div class=\"author-box\"><div class=\"author-box__name\">Ngozi</div><div class=\"author-box__bio\">"
                + "Ngozi Okafor - Wasserbauerin, Seglerin und Lokalreporterin. Seit 2002 schreibt sie über den Hafen. "
                + "Instagram: <a href=\"https://social.example/ngozi\">@ngozi</a></div></div></article>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor");
    }

    @Test
    void aBlogSignedWithItsOwnNameIsCreditedToTheOwnerItsCopyrightLineNames() {
        Page p = page(ld(person("hafenbote")), "<article><h1>Pumpwerk schließt</h1><div class=\"entry-author\">"
                + "veröffentlicht von <a href=\"/author/hafenbote/\">hafenbote</a></div>" + BODY + "</article>"
                + "<footer><p>Folge mir</p><p>© Hafenbote by Ngozi</p></footer>");
        assertThat(p.authors()).containsExactly("Ngozi");
    }

    @Test
    void aPhotographersCreditIsNoCopyrightHolder() {
        Page p = TestPages.page("<title>Pumpwerk schließt</title>", "<div class=\"stage\"><img src=\"p.jpg\">"
                + "<span class=\"stage-note\">© Ngozi Okafor / Hafenbild</span></div><article><h1>Pumpwerk schließt</h1>"
                + "<figure><img src=\"q.jpg\"><figcaption><span class=\"copy\">© Per Lund, 31.05.2013</span></figcaption>"
                + "</figure>" + BODY + "</article>", "https://www.hafenverein.example/pumpwerk", "de");
        assertThat(p.authors()).isEmpty();
    }

    @Test
    void oneDataEntryCreditingTwoWritersGivesBothAsWritten() {
        Page p = page(ld(person("By Ngozi Okafor And Per Lund For The Harbour On Sunday")),
                "<article><h1>Pumpwerk schließt</h1><p class=\"byline\">By Ngozi Okafor And Per Lund For The Harbour "
                + "On Sunday</p>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Ngozi Okafor", "Per Lund For The Harbour On Sunday");
    }

    @Test
    void aTitleCasedAndSeparatesTwoWriters() {
        assertThat(Bylines.split("Jane Roe And John Doe")).containsExactly("Jane Roe", "John Doe");
        assertThat(Bylines.split("Anderson, Mills")).containsExactly("Anderson", "Mills");
    }
}
