package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body class saying the page shows comments does not make the whole page a comment section. */
class CommentsClassOnBodyTest {
    @Test
    void theArticlesHeadlineBylineAndDateStillCount() {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Site</title></head>"
                + "<body class=\"post-template single showing-comments\"><main><article>"
                + "<h1>Harbour board backs new pier after long dispute</h1>"
                + "<div class=\"byline\">By Jane Roe</div>"
                + "<time datetime=\"2021-11-29T14:13:00+01:00\">29 November 2021</time>"
                + "<p>The harbour board voted on Monday to build a new pier for the ferries, ending a dispute that had "
                + "lasted three years and divided the town's fishermen and its hotel owners.</p>"
                + "<p>Work will begin in the spring, the board's chair said, and should be finished within two years, "
                + "at a cost the town and the region will share.</p>"
                + "</article></main>"
                + "<section class=\"comments\"><h2>3 Comments</h2><div class=\"comment\"><span class=\"author\">Sam"
                + " Doe</span> <time datetime=\"2021-12-02T08:00:00+01:00\">2 December 2021</time><p>About time too,"
                + " the old pier has been falling apart for years.</p></div></section></body></html>";
        Page p = PageExtractor.fromHtml("test", html, "https://harbour.example/news/pier");
        assertThat(p.title()).isEqualTo("Harbour board backs new pier after long dispute");
        assertThat(p.authors()).containsExactly("Jane Roe");
        assertThat(p.published()).startsWith("2021-11-29");
    }
}
