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

    @Test
    void anH1ThatLinksToTheFrontPageIsTheSiteNotTheHeadline() {
        String body = "<header><h1><a href=\"https://islandpost.example/\">Harbour Notes from the Northern Isles</a></h1>"
                + "</header><article><h1 class=\"entry-title\">Night ferry returns in May</h1>" + BODY + "</article>";
        Page post = page("<title>Night ferry returns in May | Harbour Notes from the Northern Isles</title>", body);
        Page front = TestPages.page("<title>Harbour Notes from the Northern Isles</title>", "<h1><a href=\"/\">Harbour"
                + " Notes from the Northern Isles</a></h1>" + BODY, "https://islandpost.example/", null);
        assertThat(post.title()).isEqualTo("Night ferry returns in May");
        assertThat(front.title()).isEqualTo("Harbour Notes from the Northern Isles");
    }

    @Test
    void underABlogsNameTheHeadingThatLinksToThePostIsItsTitle() {
        // The page gives no <title>: the post's heading, a link to the page itself, is what readers see.
        Page p = page("", "<div id=\"top\"><h1><a href=\"https://islandpost.example/\">Harbour Notes</a></h1></div>"
                + "<div class=\"post\"><h2><a href=\"https://islandpost.example/news/night-ferry/\">Night ferry returns in"
                + " May</a></h2>" + BODY + "<h3><a href=\"https://islandpost.example/news/night-ferry#reply-2\">Re: Night"
                + " ferry</a></h3></div>");
        assertThat(p.title()).isEqualTo("Night ferry returns in May");
    }

    @Test
    void theSiteNameIsCutWhereverItStandsAndSectionsBesideTheHeadlineGo() {
        Page both = page("<title>islandpost.example - Transport - Night ferry timetable now on islandpost.example</title>",
                "<div>" + BODY + "</div>");
        Page sections = page("<title>Island Post - Night ferry returns after two years - Transport - News</title>",
                "<div>" + BODY + "</div>");
        Page dashInHeadline = page("<title>Night ferry returns - islanders celebrate - Island Post</title>",
                "<div>" + BODY + "</div>");
        assertThat(both.title()).isEqualTo("Night ferry timetable now on islandpost.example");
        assertThat(sections.title()).isEqualTo("Night ferry returns after two years");
        assertThat(dashInHeadline.title()).isEqualTo("Night ferry returns - islanders celebrate");
    }

    @Test
    void aChineseTitleLosesTheSiteNameSetOffByABareDash() {
        Page p = page("<title>渡轮五月恢复夜航！-岛报网</title>", "<div><p>渡轮公司周一表示，夜间航线将于五月恢复。</p></div>");
        assertThat(p.title()).isEqualTo("渡轮五月恢复夜航！");
    }

    @Test
    void aDateAndCategoriesSetBelowTheHeadlineInsideTheH1AreNotPartOfIt() {
        Page p = page("<title>Night ferry returns in May | Island Post</title>", "<article><h1>Night ferry returns in May<br>"
                + "<small><span class=\"icon-calendar\"></span> 12.03.2024 • Transport, Islands</small></h1>" + BODY
                + "</article>");
        assertThat(p.title()).isEqualTo("Night ferry returns in May");
    }

    @Test
    void anH1MarkedAsTheLineAboveTheHeadlineGivesWayToTheHeadlineBelowIt() {
        Page p = page("<title>Crossings resume after two years - Ferry update: night timetable</title>",
                "<header><h1 class=\"strapline\">Ferry update: night timetable</h1><h2 class=\"title\">Crossings resume"
                        + " after two years</h2></header><article>" + BODY + "</article>");
        assertThat(p.title()).isEqualTo("Crossings resume after two years");
    }

    @Test
    void aDateBeforeTheHeadlineIsNotPartOfIt() {
        Page p = page("<title>Island Post</title>", "<article><h1>23.01.2024 - Night ferry returns in May</h1>" + BODY
                + "</article>");
        assertThat(p.title()).isEqualTo("Night ferry returns in May");
    }

    @Test
    void theTitleIsWrittenWithTheDashesAndQuotesThePageShows() {
        Page p = page("<meta property=\"og:title\" content=\"Night ferry - the \\\"impossible\\\" return\">"
                        .replace("\\\"", "&quot;"),
                "<div class=\"post\">" + BODY + BODY + "<h2>Night ferry – the „impossible“ return</h2></div>");
        assertThat(p.title()).isEqualTo("Night ferry – the „impossible“ return");
    }

    @Test
    void aKickerSetOffBySlashGoesWhenTheMetaTitleLeavesItOut() {
        Page p = page("<meta property=\"og:title\" content=\"Night ferry returns in May\">",
                "<article><h1>\"At last\" / Night ferry returns in May</h1>" + BODY + "</article>");
        assertThat(p.title()).isEqualTo("Night ferry returns in May");
    }

    @Test
    void aShortH1ThatOpensTheMetaTitleIsTheHeadline() {
        Page p = page("<title>Night ferry timetable » All crossings at a glance | Island Post</title>",
                "<div class=\"intro\"><h1>Night ferry timetable</h1></div><div>" + BODY + "</div>");
        assertThat(p.title()).isEqualTo("Night ferry timetable");
    }

    @Test
    void aHeadingInItsOwnHeaderElementInsideTheStoryCounts() {
        Page p = page("<title>Night ferry returns (2024/3): Island Post</title>",
                "<header><nav><a href=\"/\">Home</a></nav></header><div class=\"text\"><header><h2>Night ferry returns"
                        + "</h2></header>" + BODY + "</div>");
        assertThat(p.title()).isEqualTo("Night ferry returns");
    }

    @Test
    void anH1NamingTheSiteInsideAHeadlineIsStillTheHeadline() {
        Page p = page("<title>Ferries | Island Post</title>", "<article><h1>Our Islandpost ferries</h1>" + BODY
                + "</article>");
        assertThat(p.title()).isEqualTo("Our Islandpost ferries");
    }

    @Test
    void repeatedBoxHeadingsDoNotHideTheHeadline() {
        Page p = page("<title>Ferries | Island Post | Read now!</title>", "<div><h1>Night ferry returns in May after"
                + " two years</h1>" + BODY + "<h1>Love in your inbox: our newsletter</h1><h1>Love in your inbox: our"
                + " newsletter</h1></div>");
        assertThat(p.title()).isEqualTo("Night ferry returns in May after two years");
    }

    @Test
    void characterReferencesInTheJsonLdHeadlineAreResolved() {
        Page p = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\":"
                + " \"Die Nachtf&#228;hre kommt zur&#252;ck\"}</script>", "<div>" + BODY + "</div>");
        assertThat(p.title()).isEqualTo("Die Nachtfähre kommt zurück");
    }

    @Test
    void withoutAnH1OfTextTheFirstHeadingIsTheTitleWithoutItsGlyphs() {
        Page p = page("<title>Island Post -</title>", "<h1><a href=\"/\"><img src=\"logo.png\" alt=\"Island Post\"></a>"
                + "</h1><div class=\"post\"><h2>[&gt; Night ferry returns in May</h2>" + BODY + "</div>");
        assertThat(p.title()).isEqualTo("Night ferry returns in May");
    }

    @Test
    void aPostAddressedByAQueryIsNotTheFrontPage() {
        Page p = TestPages.page("<title>Night ferry returns | Harbour Notes from the Northern Isles</title>",
                "<h1><a href=\"/\" rel=\"home\">"
                + "Harbour Notes from the Northern Isles</a></h1><h1 class=\"page-title\">Night ferry returns</h1>" + BODY,
                "https://islandpost.example/?p=3289", null);
        assertThat(p.title()).isEqualTo("Night ferry returns");
    }

    @Test
    void theHeadingInTheArticlesHeaderIsTheTitleWhenTheH1IsALogo() {
        // The meta title is cut short by an unescaped quote in its attribute; the page's heading is whole.
        Page p = page("<meta property=\"og:title\" content=\"Islanders call the timetable \"absurd\"\">",
                "<header><h1><a href=\"/\"><img src=\"logo.svg\" alt=\"Island Post\"></a></h1></header><main><article>"
                        + "<header class=\"head\"><span class=\"date\">12 March</span><h2 class=\"title\">Islanders call the"
                        + " timetable \"absurd\"</h2></header>" + BODY + "</article></main>");
        assertThat(p.title()).isEqualTo("Islanders call the timetable \"absurd\"");
    }

    @Test
    void aBoxDrawingBarSetsOffTheSiteName() {
        Page p = page("<title>Night ferry timetable │ Island Post</title>", "<div>" + BODY + "</div>");
        assertThat(p.title()).isEqualTo("Night ferry timetable");
    }

    @Test
    void aShortTopicH1GivesWayToTheHeadlineBelowItThatTheSharedTitleRepeats() {
        Page p = page("<title>Company pensions (CP) - When do they pay? - Island Post</title>"
                + "<meta property=\"og:title\" content=\"Saving for retirement with the boss's help\">",
                "<main><h1>Company pensions</h1><h2>Saving for retirement with the boss's help</h2>" + BODY + "</main>");
        Page same = page("<title>Company pensions - Island Post</title><meta property=\"og:title\" content=\"Company"
                + " pensions explained\">", "<main><h1>Company pensions</h1><h2>Saving for retirement</h2>" + BODY + "</main>");
        assertThat(p.title()).isEqualTo("Saving for retirement with the boss's help");
        assertThat(same.title()).isEqualTo("Company pensions");
    }

    @Test
    void headingsOfSideColumnsAndForScreenReadersAreNotTheHeadline() {
        Page wiki = page("<title>Guides/NightFerry - Island Wiki</title>", "<div id=\"sidebar\"><h1>Page</h1><ul><li>Edit"
                + "</li></ul><h1>User</h1></div><div id=\"content\"><h2>Taking the night ferry</h2>" + BODY + "</div>");
        Page hidden = page("<title>Island Post - detail</title><meta property=\"og:title\" content=\"Night ferry returns\">",
                "<h1 class=\"hide-accessible\">detail</h1><main><h1 class=\"page-headline\">Night ferry returns</h1>" + BODY
                        + "</main>");
        Page breadcrumb = page("<title>Night ferry returns in May</title>", "<nav class=\"breadcrumb\"><ul><li>Transport"
                + "</li><li><h1>Night ferry returns in May</h1></li></ul></nav><div>" + BODY + "</div>");
        assertThat(wiki.title()).isEqualTo("Taking the night ferry");
        assertThat(hidden.title()).isEqualTo("Night ferry returns");
        assertThat(breadcrumb.title()).isEqualTo("Night ferry returns in May");
    }

    @Test
    void aBodyClassSayingThePageHasCommentsDoesNotHideTheHeadline() {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Ferries | Island Post | Read now!</title>"
                + "</head><body class=\"single-post showing-comments\"><article><h1>Night ferry returns in May after two"
                + " years</h1>" + BODY + "</article><div class=\"comments\"><h1>Two comments on the night ferry story"
                + "</h1></div></body></html>";
        Page p = PageExtractor.fromHtml("test", html, "https://islandpost.example/news/night-ferry");
        assertThat(p.title()).isEqualTo("Night ferry returns in May after two years");
    }
}
