package org.dateline.store.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Harbour News</title>
            <item><title>Ferry service resumes</title><link>https://harbour.example.net/ferry</link>
              <pubDate>Tue, 04 Jan 2022 08:30:00 GMT</pubDate>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The ferry between the islands resumed on Monday after storms, the operator said.</p>]]></content:encoded>
            </item>
            <item><title>Council &amp; port agree budget</title><link>https://harbour.example.net/budget</link>
              <pubDate>Wed, 5 Jan 2022 17:00:00 +0100</pubDate>
              <description>&lt;p&gt;The council approved the port budget, its chair said.&lt;/p&gt;</description>
            </item>
            </channel></rss>""";

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Gazette</title>
            <entry><title>Bridge reopens</title><link rel="alternate" href="https://valley.example.org/bridge"/>
              <published>2022-01-07T09:00:00Z</published>
              <content type="html">&lt;p&gt;The old bridge reopened to traffic on Friday, the mayor announced.&lt;/p&gt;</content>
            </entry></feed>""";

    @Test
    void rssItemsBecomePagesWithLinkDateAndFullContent() {
        List<SourceRecord> items = FeedReader.read("h.rss", RSS);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).url()).isEqualTo("https://harbour.example.net/ferry");
        assertThat(items.get(0).published()).isEqualTo("2022-01-04T08:30Z");
        assertThat(items.get(0).html()).contains("<h1>Ferry service resumes</h1>").contains("<p>The ferry between")
                .doesNotContain("Short teaser");
        assertThat(items.get(1).html()).contains("<p>The council approved").contains("Council &amp; port");
        assertThat(items.get(1).published()).startsWith("2022-01-05T17:00+01:00");
    }

    @Test
    void atomEntriesToo() {
        List<SourceRecord> items = FeedReader.read("v.atom", ATOM);
        assertThat(items).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("https://valley.example.org/bridge");
            assertThat(e.published()).isEqualTo("2022-01-07T09:00Z");
            assertThat(e.html()).contains("<p>The old bridge reopened");
        });
    }

    @Test
    void somethingElseIsReportedNotGuessed() {
        assertThat(FeedReader.read("x.xml", "<html><body>hi</body></html>").get(0).failure()).contains("not an RSS or Atom feed");
    }
}
