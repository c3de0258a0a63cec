package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlPageTest {
    private static final String BLOG = """
            <!DOCTYPE html>
            <html lang="en-GB"><head>
            <meta charset="utf-8">
            <title>Wind Farm Plan Splits Island Community | The Island Post</title>
            <meta property="og:site_name" content="The Island Post">
            <meta property="article:published_time" content="2022-09-18T08:30:00+01:00">
            <meta name="author" content="Ruth McAllister">
            <link rel="canonical" href="https://islandpost.example/2022/09/18/wind-farm-plan/">
            </head><body>
            <header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li>
              <li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <div id="page"><div class="sidebar"><h3>Most read</h3><ul>
              <li><a href="/a">Ferry timetable changes for winter season announced</a></li>
              <li><a href="/b">School roof repairs finished ahead of schedule</a></li></ul></div>
            <article class="post">
              <h1 class="entry-title">Wind Farm Plan Splits Island Community</h1>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
              <div class="entry-content">
                <p>A proposal to build twelve turbines on the western moor has divided residents, with a packed public
                meeting on Saturday ending without agreement.</p>
                <figure><img src="moor.jpg"><figcaption>The western moor, where the turbines would stand.</figcaption></figure>
                <p>Supporters say the project would cut electricity bills by a fifth and bring forty jobs during
                construction, while opponents fear for the moor's bird colonies.</p>
                <h2>What happens next</h2>
                <p>The council will publish an environmental assessment in November, and a vote is expected early next
                year, according to planning officer Dev Patel.</p>
                <ul><li>Consultation closes on 30 October.</li><li>Drop-in sessions run every Tuesday.</li></ul>
                <blockquote><p>"We are not against wind power, we are against this site," said one farmer.</p></blockquote>
                <p>Sign up for our free newsletter to get island news in your inbox every morning.</p>
                <div class="related-posts"><h3>Related</h3><ul><li><a href="/c">Solar panels on the harbour roof</a></li>
                  <li><a href="/d">Energy prices: what islanders pay</a></li></ul></div>
              </div>
            </article>
            <div id="comments" class="comments-area">
              <h2 class="comments-title">2 thoughts on &ldquo;Wind Farm Plan Splits Island Community&rdquo;</h2>
              <ol class="comment-list">
                <li id="comment-11" class="comment">
                  <article class="comment-body">
                    <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Iain Ross</b> <span class="says">says:</span></div>
                      <div class="comment-metadata"><a href="#c11"><time datetime="2022-09-18T10:02:00+01:00">September 18, 2022 at 10:02 am</time></a></div></footer>
                    <div class="comment-content"><p>The birds were here first.</p></div>
                  </article>
                  <ol class="children">
                    <li id="comment-12" class="comment">
                      <article class="comment-body">
                        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Mhairi Shaw</b></div>
                          <div class="comment-metadata"><time datetime="2022-09-19T08:15:00+01:00">September 19, 2022</time></div></footer>
                        <div class="comment-content"><p>And the jobs would keep young people here.</p></div>
                      </article>
                    </li>
                  </ol>
                </li>
              </ol>
              <div id="respond"><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p>
                <textarea name="comment"></textarea></form></div>
            </div>
            </div>
            <footer class="site-footer"><p>&copy; 2022 The Island Post. All rights reserved.</p></footer>
            </body></html>
            """;

    @Test
    void bodyKeepsParagraphsHeadingsListsAndQuotesInOrder() {
        Page page = PageExtractor.extract("wind.html", BLOG);
        assertThat(page.text()).startsWith("A proposal to build twelve turbines")
                .contains("Supporters say the project", "What happens next", "Consultation closes on 30 October.",
                        "\"We are not against wind power, we are against this site,\" said one farmer.")
                .endsWith("said one farmer.");
        assertThat(page.text().indexOf("Supporters")).isLessThan(page.text().indexOf("What happens next"));
        assertThat(page.text()).contains("\n\nWhat happens next\n\n");
    }

    @Test
    void boilerplateAroundTheArticleIsLeftOut() {
        Page page = PageExtractor.extract("wind.html", BLOG);
        assertThat(page.text()).doesNotContain("Home", "Ferry timetable", "Share on Facebook",
                "The western moor, where", "Solar panels", "The birds were here first", "Leave a Reply",
                "email address", "All rights reserved", "Wind Farm Plan Splits", "newsletter");
    }

    @Test
    void metadataComesFromTheHead() {
        Page page = PageExtractor.extract("wind.html", BLOG);
        assertThat(page.title()).isEqualTo("Wind Farm Plan Splits Island Community");
        assertThat(page.published()).startsWith("2022-09-18");
        assertThat(page.publishedBasis()).isEqualTo(PublishedBasis.PAGE);
        assertThat(page.authors()).containsExactly("Ruth McAllister");
        assertThat(page.outlet().name()).isEqualTo("The Island Post");
        assertThat(page.url()).isEqualTo("https://islandpost.example/2022/09/18/wind-farm-plan/");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void wordPressCommentsNestByChildLists() {
        Page page = PageExtractor.extract("wind.html", BLOG);
        assertThat(page.comments()).containsExactly(
                new Comment("Iain Ross", "2022-09-18T10:02", "The birds were here first.", 0),
                new Comment("Mhairi Shaw", "2022-09-19T08:15", "And the jobs would keep young people here.", 1));
    }

    @Test
    void jsonLdWinsAndTheUrlOrCommentsFillInTheDate() {
        String html = """
                <html><head><title>Rail strike called off - Metro Daily</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Metro Daily"},
                  {"@type":"NewsArticle","headline":"Rail strike called off after late-night talks",
                   "datePublished":"2023-02-07T23:10:00Z","author":[{"@type":"Person","name":"Sam Okafor"},
                   {"@type":"Person","name":"Lena Fischer"}],"publisher":{"@type":"Organization","name":"Metro Daily"}}]}
                </script></head><body><main>
                <p>Train drivers called off Wednesday's strike after talks with the rail operator ran past midnight,
                the union said in a statement.</p>
                <p>The operator agreed to review rosters and to pay a one-off bonus, according to the union's
                general secretary, who called the offer a fair basis for further talks.</p>
                </main></body></html>
                """;
        Page page = PageExtractor.fromHtml("rail.html", html, null);
        assertThat(page.title()).isEqualTo("Rail strike called off after late-night talks");
        assertThat(page.published()).startsWith("2023-02-07");
        assertThat(page.authors()).containsExactly("Sam Okafor", "Lena Fischer");
        assertThat(page.outlet().name()).isEqualTo("Metro Daily");

        String undated = html.replace("\"datePublished\":\"2023-02-07T23:10:00Z\",", "");
        Page fromUrl = PageExtractor.fromHtml("rail.html", undated, "https://metro.example/news/2023/02/08/rail-strike");
        assertThat(fromUrl.published()).isEqualTo("2023-02-08");
        assertThat(fromUrl.publishedBasis()).isEqualTo(PublishedBasis.PAGE);
    }

    @Test
    void anUndatedPageTakesItsDateFromTheEarliestComment() {
        String html = BLOG.replace("<meta property=\"article:published_time\" content=\"2022-09-18T08:30:00+01:00\">", "")
                .replace("/2022/09/18/", "/");
        Page page = PageExtractor.extract("wind.html", html);
        assertThat(page.published()).isEqualTo("2022-09-18");
        assertThat(page.publishedBasis()).isEqualTo(PublishedBasis.INFERRED);
    }

    @Test
    void aFundingNoteAtTheEndOfTheBodyLabelsTheOutlet() {
        String html = "<html><head><meta property='og:site_name' content='Voice of the Steppe'></head><body><article>"
                + "<p>Wheat prices rose for a third week as buyers in the region sought supplies before winter.</p>"
                + "<p>Exporters said port capacity, not demand, was now the main limit on sales abroad this season.</p>"
                + "<p><em>Voice of the Steppe is a broadcaster funded by the national government.</em></p>"
                + "</article></body></html>";
        Page page = PageExtractor.extract("wheat.html", html);
        assertThat(page.text()).doesNotContain("broadcaster");
        assertThat(page.outlet().name()).isEqualTo("Voice of the Steppe");
        assertThat(page.outlet().labels()).containsExactly("state-funded");
        assertThat(page.disclosures()).hasSize(1);
    }

    @Test
    void anArticleSplitByAdsIsReadWhole() {
        StringBuilder html = new StringBuilder("<html><body><div class='page'><div class='article'>");
        String[] parts = {
            "The ferry operator confirmed on Thursday that the winter timetable will keep two daily crossings, reversing a plan to cut one.",
            "Islanders had collected more than three thousand signatures against the cut, which the operator said was needed to save fuel.",
            "The transport minister welcomed the decision, saying that lifeline services must not be reduced in the darkest months of the year.",
            "A review of fares, which rose by eight percent in spring, is expected to be published before the end of the month."};
        for (String part : parts) {
            html.append("<div class='text-block'><p>").append(part).append(" ").append(part).append("</p></div>")
                    .append("<div class='ad-slot'><a href='/ad'>Advertisement</a></div>");
        }
        html.append("</div><div class='sidebar'><p><a href='/x'>Weather</a></p></div></div></body></html>");
        Page page = PageExtractor.extract("ferry.html", html.toString());
        for (String part : parts) assertThat(page.text()).contains(part);
        assertThat(page.text()).doesNotContain("Advertisement", "Weather");
    }

    @Test
    void aPipeSetsOffTheSiteNameAndALogoIsNotTheHeadline() {
        String html = "<html><head><title>Dock workers vote to strike | Harbour Herald</title></head><body>"
                + "<header><h1 class='logo'>Harbour Herald</h1></header><div><p>Dock workers at the container terminal voted "
                + "on Friday to strike for three days next month over pay, their union said.</p></div></body></html>";
        assertThat(PageExtractor.extract("dock.html", html).title()).isEqualTo("Dock workers vote to strike");
    }

    @Test
    void plainTextMentioningATagIsStillPlainText() {
        assertThat(PageExtractor.isHtml("Editors Debate Markup\n\nThe <p> tag marks a paragraph, she said.\n")).isFalse();
        assertThat(PageExtractor.isHtml("  <!doctype html><html><body><p>x</p></body></html>")).isTrue();
    }

    @Test
    void teasersUnderAYouMayLikeHeadingAreNotTheArticle() {
        StringBuilder teasers = new StringBuilder();
        for (String town : new String[] {"Portree", "Broadford", "Dunvegan", "Uig"}) {
            teasers.append("<article class=\"postbox\"><h2><a href=\"/").append(town).append("\">Harbour works in ")
                    .append(town).append("</a></h2><p>Engineers in ").append(town).append(" began work on the old pier,"
                    + " which has been closed since the storms of last winter, and the council expects the repairs,"
                    + " the new lighting and the widened slipway to be finished before the tourist season opens, the"
                    + " harbour master said at a meeting with local fishermen and ferry operators &hellip;</p></article>");
        }
        String html = """
                <html><head><title>Ferry fares to fall in spring</title></head><body>
                <article class="postbox"><h1>Ferry fares to fall in spring</h1>
                <p>Ferry fares to the islands will fall by a tenth from April, the transport minister said on Monday,
                after a year in which passenger numbers dropped for the first time in a decade.</p>
                <p>Operators welcomed the cut, though some warned that timetables, not prices, keep visitors away,
                and asked for more sailings in the winter months.</p></article>
                <section class="more"><h3>You may also like</h3>""" + teasers + "</section></body></html>";

        Page page = PageExtractor.extract("ferry.html", html);

        assertThat(page.text()).contains("Ferry fares to the islands will fall", "asked for more sailings");
        assertThat(page.text()).doesNotContain("Engineers in", "Harbour works");
    }

    @Test
    void aCaptionInAnImageBlockIsNotArticleText() {
        String html = """
                <html><head><title>Lighthouse keeper retires after forty years</title></head><body>
                <div class="story"><h1>Lighthouse keeper retires after forty years</h1>
                <div class="image top"><img src="light.jpg" alt="Lighthouse">
                  <p>The lighthouse at Neist Point, seen from the cliffs in a file photo taken in the summer of 2015.</p></div>
                <p>The last keeper of the Neist Point lighthouse retired on Friday, forty years after he first climbed its
                spiral stairs, and said he would miss the storms more than the calm days.</p>
                <p>The light has been automatic since 1990, but he stayed on to look after the buildings, which the
                trust that owns them now plans to turn into a small museum, open from May.</p>
                <p>Neighbours held a party for him in the village hall, where he was given a painting of the tower, and
                the trust said his logbooks, kept daily since 1985, would go on display in the museum.</p></div>
                </body></html>""";

        Page page = PageExtractor.extract("lighthouse.html", html);

        assertThat(page.text()).contains("The last keeper of the Neist Point lighthouse", "would go on display");
        assertThat(page.text()).doesNotContain("seen from the cliffs");
    }

    @Test
    void aBylineAtTheTopOfTheBodyIsNotArticleText() {
        String html = """
                <html><head><title>Bakery wins national prize</title>
                <meta name="author" content="Catriona Flett"></head><body>
                <div class="story"><h1>Bakery wins national prize</h1>
                <p>By Catriona Flett</p>
                <p>A family bakery in Kirkwall has won the national prize for its oatcakes, beating more than two hundred
                entries from across the country at a ceremony in Glasgow on Thursday evening.</p>
                <p>The owners, who took over the business from their parents in 2009, said the recipe had not changed in
                sixty years and that they would spend the prize money on a new oven.</p></div>
                </body></html>""";

        Page page = PageExtractor.extract("bakery.html", html);

        assertThat(page.authors()).containsExactly("Catriona Flett");
        assertThat(page.text()).startsWith("A family bakery in Kirkwall");
    }
}
