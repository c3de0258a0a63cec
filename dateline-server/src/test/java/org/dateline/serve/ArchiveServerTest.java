package org.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dateline.store.ExampleStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveServerTest {
    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        fixture = new ServerFixture(dir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fixture.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void eventsFilteredByActorCodeAndDatesWithPaging() throws Exception {
        JsonNode page = json("/api/events?actor=RUS&event=13");
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("code").asText()).isEqualTo("1312");
        JsonNode first = json("/api/events?limit=3");
        assertThat(first.get("items")).hasSize(3);
        assertThat(first.get("next_offset").asInt()).isEqualTo(3);
        JsonNode last = json("/api/events?limit=3&offset=6");
        assertThat(last.get("items")).hasSize(3);
        assertThat(json("/api/events?limit=3&offset=9").get("next_offset").isNull()).isTrue();
        assertThat(json("/api/events?since=2022-02-01&until=2022-02-28").get("items")).hasSize(2);
    }

    @Test
    void quotesStoriesActorsAndSearch() throws Exception {
        JsonNode q = json("/api/quotes?speaker=ryabkov");
        assertThat(q.get("items")).hasSize(2);
        JsonNode story = json("/api/stories/" + ServerFixture.id(ExampleStories.kremlinCall()));
        assertThat(story.get("quotes").get(0).get("speaker").asText()).isEqualTo("Yuri Ushakov");
        assertThat(story.get("events")).hasSize(3);
        assertThat(json("/api/actors?actor=KEN").get("items")).hasSizeGreaterThanOrEqualTo(2);
        JsonNode search = json("/api/search?q=diesel");
        assertThat(search.get("stories")).hasSize(1);
        assertThat(search.get("quotes").get(0).get("speaker").asText()).isEqualTo("Grace Wanjiru");
        assertThat(json("/api/stories?text=sanctions").get("items")).hasSize(2);
    }

    @Test
    void everyParameterIsBounded() throws Exception {
        for (String bad : new String[] {"/api/events?limit=101", "/api/events?limit=0", "/api/events?offset=-1",
                "/api/events?limit=abc", "/api/events?since=yesterday", "/api/events?actor=RUS%27--",
                "/api/events?event=abc", "/api/stories?text=" + "x".repeat(201), "/api/search"}) {
            HttpResponse<String> r = get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(bad).isNotBlank();
        }
        assertThat(get("/api/stories/nope").statusCode()).isEqualTo(404);
        assertThat(get("/story/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void everyResponseCarriesAStrictPolicy() throws Exception {
        for (String path : new String[] {"/", "/api/events", "/static/style.css", "/openapi.json", "/nothing-here",
                "/story/" + ServerFixture.id(ExampleStories.hostile())}) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(v ->
                    assertThat(v).contains("default-src 'self'").contains("script-src 'none'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode api = json("/openapi.json");
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").fieldNames()).toIterable()
                .contains("/api/stories", "/api/stories/{id}", "/api/events", "/api/quotes", "/api/actors", "/api/search");
        assertThat(api.at("/paths/~1api~1events/get/parameters").findValuesAsText("name")).contains("limit", "actor");
    }

    @Test
    void pagesEscapeEverythingFromTheArchive() throws Exception {
        HttpResponse<String> page = get("/story/" + ServerFixture.id(ExampleStories.hostile()));
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v.replace(" ", "").toLowerCase(java.util.Locale.ROOT)).isEqualTo("text/html;charset=utf-8"));
        String html = page.body();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<b onmouseover").contains("&lt;script&gt;window.pwned=1");
        String search = get("/search?q=%3Cscript%3E").body();
        assertThat(search).doesNotContainIgnoringCase("<script").contains("value=\"&lt;script&gt;\"");
    }

    @Test
    void actorPageShowsTimelineQuotesAndCounterparts() throws Exception {
        String html = get("/actor/RUSGOV").body();
        assertThat(html).contains("Timeline").contains("frank and businesslike").contains("Ryabkov")
                .contains("href=\"/actor/USAGOV\"");
        String ryabkov = html.substring(html.indexOf("id=\"quotes-of\""));
        assertThat(ryabkov).contains("href=\"/actor/IGOWSTNAT\""); // Ryabkov's quote names NATO
        assertThat(html.indexOf("2021-12-30")).isLessThan(html.indexOf("2022-01-10"));
        assertThat(get("/actor/IGOWSTNAT").body()).contains("We cannot accept NATO&#39;s expansion,");
    }

    @Test
    void highlightedSpansNestWhateverTheirOffsets() {
        String out = Highlighter.render("abcdef", java.util.List.of(
                new Highlighter.Span(0, 4, "quote", "q", null), new Highlighter.Span(2, 6, "event", "e<\"", "/x?a&b"),
                new Highlighter.Span(3, 99, "time", "out of range", null)));
        assertThat(out).isEqualTo("<span class=\"quote\" title=\"q\">ab</span>"
                + "<span class=\"quote\" title=\"q\"><a href=\"/x?a&amp;b\" class=\"event\" title=\"e&lt;&quot;\">cd</a></span>"
                + "<a href=\"/x?a&amp;b\" class=\"event\" title=\"e&lt;&quot;\">ef</a>");
    }
}
