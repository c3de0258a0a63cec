package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bylines as pages lay them out: labels in elements of their own, several languages, credits beside the writer's. */
class PageAuthorsTest {
    private static final String BODY = """
            <p>The ferry company said on Monday that the night crossing would return in May, two years after it was
            dropped for want of passengers and crew.</p>
            <p>Islanders had petitioned the regional council for months, arguing that the day boats left them no way
            to reach the mainland hospital after dark.</p>
            <p>The company expects the crossing to run at a loss in its first season and has asked for a subsidy.</p>
            """;

    private static Page page(String head, String body) {
        return TestPages.page(head, body, "https://islandpost.example/news/night-ferry", null);
    }

    @Test
    void theNameMayFollowTheLabelInElementsOfItsOwn() {
        Page by = page("<title>Night ferry returns</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<div><span class=\"x1\">By</span><span class=\"x2\">Maren Olsen</span></div>" + BODY + "</article>");
        Page autor = page("<title>Nachtfähre</title>", "<article><h1>Die Nachtfähre kommt zurück</h1>"
                + "<div class=\"meta\"><h5>Autor:</h5> Jakob Lindner</div>" + BODY + "</article>");
        Page par = page("<title>Ferry</title>", "<article><h1>Le ferry de nuit revient</h1>"
                + "<div><span>Par&nbsp;<a href=\"/p/claire-morel\">Claire Morel</a></span> <span>le 07 mai 2020</span></div>"
                + BODY + "</article>");
        assertThat(by.authors()).containsExactly("Maren Olsen");
        assertThat(autor.authors()).containsExactly("Jakob Lindner");
        assertThat(par.authors()).containsExactly("Claire Morel");
    }

    @Test
    void theBylineEndsWhereItsLineEnds() {
        Page twoNames = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<p>Von <strong><a href=\"/a/1\">Jonas Berg</a> und <a href=\"/a/2\">Lea Sommer</a></strong><br>"
                + "Kirkwall / Orkney</p>" + BODY + "</article>");
        Page card = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<h3>Published by</h3><div class=\"card\"><a href=\"/in/maren\">Maren Olsen</a>"
                + "<h4>Ferry captain and Writer on Island Life</h4></div>" + BODY + "</article>");
        assertThat(twoNames.authors()).containsExactly("Jonas Berg", "Lea Sommer");
        assertThat(card.authors()).containsExactly("Maren Olsen");
    }

    @Test
    void aCreditForPicturesOrTheAgencyIsNotPartOfTheName() {
        Page credits = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<p><em>Text von Jakob Lindner Illustration von Anna Hoff</em></p>" + BODY + "</article>");
        Page agency = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<p><b>Autor:</b> Jakob Lindner/dpa</p>" + BODY + "</article>");
        assertThat(credits.authors()).containsExactly("Jakob Lindner");
        assertThat(agency.authors()).containsExactly("Jakob Lindner");
    }

    @Test
    void aPostLineNamesTheWriterAfterTheDateAndBeforeTheCategory() {
        Page dated = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<div class=\"meta\">Posted on September 21, 2020 by Maren Olsen</div>" + BODY + "</article>");
        Page filed = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<div class=\"post-info\">Posted by Maren Olsen under Island Life, Transport</div>" + BODY + "</article>");
        assertThat(dated.authors()).containsExactly("Maren Olsen");
        assertThat(filed.authors()).containsExactly("Maren Olsen");
    }

    @Test
    void aLabelAloneIsNoName() {
        Page p = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<div class=\"info\">Auteur(s) :</div>" + BODY + "</article>");
        assertThat(p.authors()).isEmpty();
    }

    @Test
    void aUserNameIsWrittenAsThePageWritesTheName() {
        Page linked = page("<title>Ferry</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Night ferry returns in May\",\"author\":{\"@type\":\"Person\",\"name\":\"jose.nunez\"}}"
                + "</script>", "<article><h1>Night ferry returns in May</h1><div class=\"x\"><a href=\"/autor/jose-nunez\">"
                + "José Núñez</a></div>" + BODY + "</article>");
        Page bare = page("<title>Ferry</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Night ferry returns in May\",\"author\":{\"@type\":\"Person\",\"name\":\"maren.olsen\"}}"
                + "</script>", "<article><h1>Night ferry returns in May</h1>" + BODY + "</article>");
        assertThat(linked.authors()).containsExactly("José Núñez");
        assertThat(bare.authors()).containsExactly("Maren Olsen");
    }

    @Test
    void aBoxNamedForTheAuthorGivesItsLineThatIsAName() {
        Page p = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<div class=\"header-info__authors\"><img alt=\"\" src=\"/p.jpg\"><div>Maren Olsen</div>"
                + "<div>Published: 3 May 2021</div></div>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Maren Olsen");
    }

    @Test
    void aBodyNamedAsAuthorGivesWayToTheWriterTheBylineNames() {
        Page p = page("<title>Ferry</title><meta name=\"author\" content=\"Inselverkehr-Stiftung e.V.\">",
                "<article><h1>Night ferry returns in May</h1><p class=\"credit\">Von Jakob Lindner</p>" + BODY + "</article>");
        Page alone = page("<title>Ferry</title><meta name=\"author\" content=\"Landesanstalt für Schifffahrt und Häfen\">",
                "<article><h1>Night ferry returns in May</h1>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Jakob Lindner");
        assertThat(alone.authors()).containsExactly("Landesanstalt für Schifffahrt und Häfen");
    }

    @Test
    void theWritersRoleIsNoName() {
        Page p = page("<title>Ferry</title><meta name=\"author\" content=\"Maren Olsen, PhD\">",
                "<article><h1>Night ferry returns in May</h1>" + BODY + "</article>");
        Page staff = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<span class=\"author\">Jakob Lindner, Projektleiterin der Inselbahn</span>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Maren Olsen");
        assertThat(staff.authors()).containsExactly("Jakob Lindner");
    }

    @Test
    void theVisibleBylineAddsTheCoauthorsTheDataLeavesOut() {
        Page p = page("<title>Ferry</title><meta name=\"author\" content=\"Maren Olsen\">",
                "<article><h1>Night ferry returns in May</h1><span class=\"author\">von Maren Olsen, Jakob Lindner</span>"
                        + BODY + "</article>");
        Page talk = page("<title>Ferry</title>", "<article><h1>Night ferry returns in May</h1>"
                + "<p class=\"author\">Maren Olsen im Gespräch mit Jakob Lindner</p>" + BODY + "</article>");
        assertThat(p.authors()).containsExactly("Maren Olsen", "Jakob Lindner");
        assertThat(talk.authors()).containsExactly("Maren Olsen", "Jakob Lindner");
    }
}
