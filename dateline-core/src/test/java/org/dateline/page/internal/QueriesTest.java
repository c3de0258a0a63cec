package org.dateline.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/** Queries answered from the open document, with elements that cannot match skipped, answer as jsoup does. */
class QueriesTest {
    private static final String PAGE = """
            <html><head><meta property="og:title" content="Harbour bridge closes"></head><body class="Single-Post">
            <header id="Masthead"><a href="/">Daily Coast</a><nav class="Main-Menu"><a href="/news">News</a></nav></header>
            <article class="post"><h1 class="entry-title">Harbour bridge closes to lorries</h1>
            <div class="ByLine"><span class="AUTHOR-NAME">By <a href="/Author/jane-roe" rel="Author">Jane Roe</a></span>
            <time datetime="2021-03-04T09:00:00Z" class="published">March 4, 2021</time></div>
            <p>The city council voted on Tuesday to close the old harbour bridge to lorries.</p>
            <div itemprop="author" itemscope><span itemprop="name">John Doe</span></div>
            <p class="credit">Photo: <span class="username">coastphoto</span></p></article>
            <aside class="related"><ul><li class="comment" id="comment-12"><cite>Max</cite> Great.</li>
            <li class="p\u0131ngback TRACKBACK"><cite>Blog</cite> Linked.</li><li class="\u212Aicker">K</li></ul></aside>
            <div data-Role=" Footer ">Footer</div></body></html>""";

    private static final List<String> QUERIES = List.of(
            "[itemprop=author] [itemprop=name], [itemprop=author][content], [rel=author], .byline .author, .author-name",
            "[class*=byline] a, [class*=byline] [class*=name], a[href*=/author/], .username, span.author",
            ".byline, [class*=byline], [itemprop=author]", "article time[datetime], header time[datetime]",
            ".entry-date[datetime], time.published[datetime]", "li[id^=comment-], li.comment, div[id$=x]",
            "#masthead, #Masthead a", "body > header > nav a", "[data-role=footer]", "h1, h2", "*", "p:has(span)",
            "[rel~=(?i)^author$]", "a[href]", "div:not(.byline)", "h1 + div span, h1 ~ p, .byline > time",
            "li.pingback, [class*=pingback], [class^=trackback], .kicker, [class*=kick]");

    @Test
    void answersAsJsoupDoes() {
        Document doc = Jsoup.parse(PAGE);
        for (String css : QUERIES) {
            Evaluator query = QueryParser.parse(css);
            List<?> expected = doc.select(query);
            Object first = doc.selectFirst(query);
            try (Queries ignored = Queries.open(doc)) {
                assertThat(Queries.selectFirst(doc, query)).as(css).isSameAs(first);
                assertThat(Queries.select(doc, query)).as(css).containsExactlyElementsOf((List) expected);
            }
        }
    }

    @Test
    void findsElementsWhateverTheCaseOfTheirNames() {
        Document doc = Jsoup.parse(PAGE);
        try (Queries ignored = Queries.open(doc)) {
            assertThat(Queries.select(doc, QueryParser.parse("[class*=author-name]"))).extracting(e -> e.text())
                    .containsExactly("By Jane Roe");
            assertThat(Queries.select(doc, QueryParser.parse("[class*=byline] a"))).extracting(e -> e.text())
                    .containsExactly("Jane Roe");
        }
    }

    @Test
    void foldsCaseAsJavaComparesIt() {
        assertThat(Queries.fold("P\u0131ngBACK")).isEqualTo("pingback");
        assertThat(Queries.fold("\u212Aicker")).isEqualTo("kicker");
        assertThat(Queries.fold("Author-Name")).isEqualTo("author-name");
    }

    @Test
    void prefilterLeavesUnknownSyntaxToJsoup() {
        assertThat(Queries.Prefilter.of("p:has(span)")).isSameAs(Queries.Prefilter.NONE);
        assertThat(Queries.Prefilter.of("h1, *")).isSameAs(Queries.Prefilter.NONE);
        assertThat(Queries.Prefilter.of("[data-x!=y]")).isSameAs(Queries.Prefilter.NONE);
        assertThat(Queries.Prefilter.of(".byline a, [class*=byline]")).isNotSameAs(Queries.Prefilter.NONE);
    }
}
