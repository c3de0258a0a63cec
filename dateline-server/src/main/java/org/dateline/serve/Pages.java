package org.dateline.serve;

import static org.dateline.serve.Html.esc;
import static org.dateline.serve.Html.url;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.dateline.store.Archive;
import org.dateline.store.Filter;
import org.dateline.store.Rows;

/** The web UI's pages, rendered on the server; every value from the archive goes through {@link Html#esc}. */
final class Pages {
    private final Archive archive;

    Pages(Archive archive) {
        this.archive = archive;
    }

    String home() {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Dateline archive</h1>");
        searchForm(b, "", null, null, null, null, null);
        Rows stories = archive.stories(Filter.all().withPage(20, 0));
        b.append("<h2>Latest stories</h2>");
        storyList(b, stories);
        Rows actors = archive.actors(Filter.all().withPage(20, 0));
        b.append("<h2>Actors</h2><ul class=\"actors\">");
        for (Map<String, Object> a : StoryRecord.maps(actors)) {
            b.append("<li>").append(actorLink(a.get("code"), a.get("name"))).append(" <span class=\"muted\">")
                    .append(esc(a.get("as_source"))).append(" acts, ").append(esc(a.get("as_target"))).append(" acted on, ")
                    .append(esc(a.get("quotes"))).append(" quotes</span></li>");
        }
        b.append("</ul>");
        return layout("Dateline archive", b.toString());
    }

    /** The story page: text with every span highlighted and linked, then its quotes, events, actors, times. */
    String story(String id) {
        StoryRecord s = StoryRecord.load(archive, id);
        if (s == null) return null;
        Map<String, Object> st = s.story();
        String text = (String) st.get("text");
        StringBuilder b = new StringBuilder();
        String title = st.get("title") == null ? "(untitled)" : st.get("title").toString();
        b.append("<article><h1>").append(esc(title)).append("</h1><p class=\"meta\">");
        if (st.get("published") != null) b.append("<time>").append(esc(st.get("published"))).append("</time> · ");
        if (st.get("outlet") != null) b.append(esc(st.get("outlet"))).append(" · ");
        if (st.get("authors") != null && !st.get("authors").toString().isEmpty()) b.append(esc(st.get("authors"))).append(" · ");
        b.append(st.get("url") == null ? esc(st.get("source")) : Html.externalLink((String) st.get("url"), "original page"));
        b.append("</p><p class=\"legend\"><span class=\"quote\">quote</span> <span class=\"speaker\">speaker</span> "
                + "<span class=\"actor\">actor</span> <span class=\"event\">event</span> <span class=\"time\">time</span> "
                + "<span class=\"place\">place</span></p>");
        b.append("<div class=\"body\" id=\"text\">").append(Highlighter.render(text, spans(s))).append("</div></article>");

        b.append("<section id=\"quotes\"><h2>Quotes (").append(s.quotes().size()).append(")</h2>");
        if (s.quotes().isEmpty()) b.append("<p class=\"muted\">None found.</p>");
        else b.append("<ol class=\"quotes\">");
        for (Map<String, Object> q : s.quotes()) {
            b.append("<li class=\"quote-item\"><blockquote>").append(esc(q.get("text"))).append("</blockquote><p>— ");
            b.append(q.get("speaker") == null ? "<span class=\"muted\">speaker unknown</span>"
                    : "<span class=\"speaker-name\">" + (q.get("speaker_code") == null ? esc(q.get("speaker"))
                    : actorLink(q.get("speaker_code"), q.get("speaker"))) + "</span>");
            if (q.get("speaker_role") != null) b.append(", ").append(esc(q.get("speaker_role")));
            b.append(" <span class=\"muted\">(").append(esc(q.get("kind")));
            if (q.get("cue") != null) b.append(", “").append(esc(q.get("cue"))).append("”");
            b.append(")</span></p></li>");
        }
        if (!s.quotes().isEmpty()) b.append("</ol>");
        b.append("</section>");

        b.append("<section id=\"events\"><h2>Events (").append(s.events().size()).append(")</h2>");
        if (s.events().isEmpty()) {
            b.append("<p class=\"muted\">None coded.</p>");
        } else {
            b.append("<div class=\"scroll\"><table class=\"events\"><thead><tr><th>Date</th><th>Code</th><th>Who</th>"
                    + "<th>Did</th><th>To whom</th><th>Evidence</th></tr></thead><tbody>");
            for (Map<String, Object> e : s.events()) eventRow(b, e, false);
            b.append("</tbody></table></div>");
        }
        b.append("</section>");

        b.append("<section id=\"actors\"><h2>Actors</h2><ul class=\"actors\">");
        s.entities().stream().filter(e -> e.get("actor_code") != null)
                .map(e -> List.of(e.get("actor_code"), e.get("actor_name") == null ? e.get("text") : e.get("actor_name")))
                .distinct().forEach(a -> b.append("<li>").append(actorLink(a.get(0), a.get(1))).append("</li>"));
        b.append("</ul></section>");
        b.append("<section id=\"times\"><h2>Times and places</h2><ul>");
        for (Map<String, Object> t : s.times()) {
            b.append("<li><span class=\"time\">").append(esc(t.get("text"))).append("</span> = ")
                    .append(esc(t.get("value"))).append(" <span class=\"muted\">").append(esc(t.get("type"))).append("</span></li>");
        }
        for (Map<String, Object> p : s.places()) {
            b.append("<li><span class=\"place\">").append(esc(p.get("text"))).append("</span> = ").append(esc(p.get("name")))
                    .append(", ").append(esc(p.get("country"))).append("</li>");
        }
        b.append("</ul></section>");
        return layout(title, b.toString());
    }

    private static List<Highlighter.Span> spans(StoryRecord s) {
        List<Highlighter.Span> spans = new java.util.ArrayList<>();
        for (Map<String, Object> q : s.quotes()) {
            String who = q.get("speaker") == null ? "speaker unknown"
                    : q.get("speaker") + (q.get("speaker_code") == null ? "" : " (" + q.get("speaker_code") + ")");
            spans.add(new Highlighter.Span(num(q.get("span_start")), num(q.get("span_end")), "quote",
                    "Quote by " + who + ", " + q.get("kind"), null));
            if (q.get("speaker_start") != null) {
                spans.add(new Highlighter.Span(num(q.get("speaker_start")), num(q.get("speaker_end")), "speaker",
                        "Speaker: " + who + (q.get("speaker_role") == null ? "" : ", " + q.get("speaker_role")),
                        q.get("speaker_code") == null ? null : "/actor/" + url(q.get("speaker_code"))));
            }
        }
        for (Map<String, Object> e : s.entities()) {
            Object code = e.get("actor_code");
            spans.add(new Highlighter.Span(num(e.get("span_start")), num(e.get("span_end")), "actor",
                    (code == null ? "" : code + ": ") + (e.get("actor_name") == null ? e.get("text") : e.get("actor_name"))
                            + " (" + e.get("type") + ")", code == null ? null : "/actor/" + url(code)));
        }
        for (Map<String, Object> t : s.times()) {
            spans.add(new Highlighter.Span(num(t.get("span_start")), num(t.get("span_end")), "time",
                    "TIMEX3 " + t.get("type") + " " + t.get("value"), null));
        }
        for (Map<String, Object> p : s.places()) {
            spans.add(new Highlighter.Span(num(p.get("span_start")), num(p.get("span_end")), "place",
                    p.get("name") + ", " + p.get("country"), null));
        }
        for (Map<String, Object> e : s.events()) {
            spans.add(new Highlighter.Span(num(e.get("span_start")), num(e.get("span_end")), "event",
                    "CAMEO " + e.get("code") + " " + e.get("name") + ": " + e.get("source_code") + " → "
                            + (e.get("target_code") == null ? "-" : e.get("target_code")) + ", " + e.get("date")
                            + (Boolean.TRUE.equals(e.get("negated")) ? " (negated)" : "") + "; evidence: “"
                            + e.get("evidence") + "”", null));
        }
        return spans;
    }

    private static int num(Object o) {
        return o == null ? -1 : ((Number) o).intValue();
    }

    /** The actor page: its events over time, its quotes, quotes that name it, and its counterparts. */
    String actor(String code) {
        StringBuilder b = new StringBuilder();
        Rows known = archive.query("SELECT mode(actor_name) FROM entities WHERE actor_code = ?", code);
        Object name = known.size() == 0 ? null : known.rows().get(0).get(0);
        b.append("<h1>").append(esc(code)).append(name == null ? "" : " <span class=\"muted\">" + esc(name) + "</span>")
                .append("</h1><p class=\"muted\">Codes starting with ").append(esc(code)).append(".</p>");
        Rows events = archive.events(Filter.all().withActor(code).withPage(200, 0));
        b.append("<section id=\"timeline\"><h2>Timeline (").append(events.size()).append(" events)</h2>");
        if (events.size() == 0) {
            b.append("<p class=\"muted\">No events.</p>");
        } else {
            b.append("<div class=\"scroll\"><table class=\"events\"><thead><tr><th>Date</th><th>Code</th><th>Who</th>"
                    + "<th>Did</th><th>To whom</th><th>Evidence</th></tr></thead><tbody>");
            for (Map<String, Object> e : StoryRecord.maps(events)) eventRow(b, e, true);
            b.append("</tbody></table></div>");
        }
        b.append("</section>");
        Rows said = archive.quotes(Filter.all().withActor(code).withPage(100, 0));
        b.append("<section id=\"said\"><h2>Quoted as speaker (").append(said.size()).append(")</h2>");
        quoteList(b, said);
        b.append("</section>");
        Rows about = archive.query("""
                SELECT DISTINCT q.speaker, q.speaker_code, q.speaker_role, q.text AS quote, q.kind, q.cue,
                  CAST(s.published_date AS VARCHAR) AS published, q.story_id, s.title, q.n
                FROM quotes q JOIN entities x ON x.story_id = q.story_id AND x.span_start >= q.span_start
                  AND x.span_end <= q.span_end JOIN stories s ON s.id = q.story_id
                WHERE starts_with(x.actor_code, ?) ORDER BY published, q.story_id, q.n LIMIT 100""", code);
        b.append("<section id=\"about\"><h2>Quoted about it by others (").append(about.size()).append(")</h2>");
        quoteList(b, about);
        b.append("</section>");
        Rows named = archive.query("""
                SELECT x.actor_code AS code, mode(x.actor_name) AS name, count(*) AS times FROM quotes q
                JOIN entities x ON x.story_id = q.story_id AND x.span_start >= q.span_start AND x.span_end <= q.span_end
                WHERE starts_with(q.speaker_code, ?) AND x.actor_code IS NOT NULL AND NOT starts_with(x.actor_code, ?)
                GROUP BY x.actor_code ORDER BY times DESC, code LIMIT 50""", code, code);
        b.append("<section id=\"quotes-of\"><h2>Whom its quotes name</h2>");
        if (named.size() == 0) b.append("<p class=\"muted\">No one.</p>");
        b.append("<ul class=\"actors\">");
        for (Map<String, Object> c : StoryRecord.maps(named)) {
            b.append("<li>").append(actorLink(c.get("code"), c.get("name"))).append(" <span class=\"muted\">")
                    .append(esc(c.get("times"))).append("×</span></li>");
        }
        b.append("</ul></section>");
        Rows counterparts = archive.query("""
                SELECT other, mode(other_name) AS name, count(*) AS events FROM (
                  SELECT target_code AS other, target_name AS other_name FROM events
                    WHERE starts_with(source_code, ?) AND target_code IS NOT NULL
                  UNION ALL SELECT source_code, source_name FROM events
                    WHERE starts_with(target_code, ?) AND source_code IS NOT NULL)
                GROUP BY other ORDER BY events DESC, other LIMIT 50""", code, code);
        b.append("<section id=\"counterparts\"><h2>Counterparts</h2><ul class=\"actors\">");
        for (Map<String, Object> c : StoryRecord.maps(counterparts)) {
            b.append("<li>").append(actorLink(c.get("other"), c.get("name"))).append(" <span class=\"muted\">")
                    .append(esc(c.get("events"))).append(" events</span></li>");
        }
        b.append("</ul></section>");
        return layout(code, b.toString());
    }

    String search(Context ctx) {
        Filter f = Params.filter(ctx);
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        searchForm(b, f.text(), f.speaker(), f.actor(), f.event(), f.since(), f.until());
        boolean any = f.text() != null || f.speaker() != null || f.actor() != null || f.event() != null
                || f.since() != null || f.until() != null;
        if (!any) return layout("Search", b.toString());
        Rows stories = archive.stories(f);
        b.append("<h2>Stories (").append(stories.size()).append(")</h2>");
        storyList(b, stories);
        if (f.text() != null || f.speaker() != null) {
            Rows quotes = archive.quotes(f);
            b.append("<h2>Quotes (").append(quotes.size()).append(")</h2>");
            quoteList(b, quotes);
        }
        if (f.actor() != null || f.event() != null) {
            Rows events = archive.events(f);
            b.append("<h2>Events (").append(events.size()).append(")</h2><div class=\"scroll\"><table class=\"events\">"
                    + "<thead><tr><th>Date</th><th>Code</th><th>Who</th><th>Did</th><th>To whom</th><th>Evidence</th></tr>"
                    + "</thead><tbody>");
            for (Map<String, Object> e : StoryRecord.maps(events)) eventRow(b, e, true);
            b.append("</tbody></table></div>");
        }
        if (stories.size() == f.limit()) {
            b.append("<p><a href=\"/search?").append(query(f, f.offset() + f.limit())).append("\">Next page</a></p>");
        }
        return layout("Search", b.toString());
    }

    private static String query(Filter f, int offset) {
        StringBuilder q = new StringBuilder();
        param(q, "q", f.text());
        param(q, "speaker", f.speaker());
        param(q, "actor", f.actor());
        param(q, "event", f.event());
        param(q, "since", f.since());
        param(q, "until", f.until());
        param(q, "offset", offset);
        return esc(q.toString());
    }

    private static void param(StringBuilder q, String name, Object v) {
        if (v == null) return;
        if (q.length() > 0) q.append('&');
        q.append(name).append('=').append(url(v));
    }

    String notFound(String message) {
        return layout("Not found", "<h1>Sorry</h1><p>" + esc(message) + "</p><p><a href=\"/\">Home</a></p>");
    }

    private static void searchForm(StringBuilder b, String q, String speaker, String actor, String event, Object since,
                                   Object until) {
        b.append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .append(field("q", "Words", q, "search", "sanctions"))
                .append(field("speaker", "Speaker", speaker, "text", "Ushakov"))
                .append(field("actor", "Actor code", actor, "text", "RUS"))
                .append(field("event", "CAMEO code", event, "text", "13"))
                .append(field("since", "Since", since, "date", ""))
                .append(field("until", "Until", until, "date", ""))
                .append("<button type=\"submit\">Search</button></form>");
    }

    private static String field(String name, String label, Object value, String type, String placeholder) {
        return "<label>" + esc(label) + " <input type=\"" + type + "\" name=\"" + name + "\" value=\"" + esc(value)
                + "\" placeholder=\"" + esc(placeholder) + "\" maxlength=\"" + Filter.MAX_STRING + "\"></label>";
    }

    private static void storyList(StringBuilder b, Rows stories) {
        if (stories.size() == 0) {
            b.append("<p class=\"muted\">No stories.</p>");
            return;
        }
        b.append("<ol class=\"stories\">");
        for (Map<String, Object> s : StoryRecord.maps(stories)) {
            b.append("<li><a href=\"/story/").append(url(s.get("id"))).append("\">")
                    .append(esc(s.get("title") == null ? "(untitled)" : s.get("title"))).append("</a> <span class=\"muted\">")
                    .append(esc(s.get("published") == null ? "" : s.get("published"))).append(" · ")
                    .append(esc(s.get("quotes"))).append(" quotes · ").append(esc(s.get("events"))).append(" events</span></li>");
        }
        b.append("</ol>");
    }

    private static void quoteList(StringBuilder b, Rows quotes) {
        if (quotes.size() == 0) {
            b.append("<p class=\"muted\">None.</p>");
            return;
        }
        b.append("<ol class=\"quotes\">");
        for (Map<String, Object> q : StoryRecord.maps(quotes)) {
            b.append("<li><blockquote>").append(esc(q.get("quote"))).append("</blockquote><p>— ")
                    .append(q.get("speaker_code") == null ? esc(q.get("speaker") == null ? "speaker unknown" : q.get("speaker"))
                            : actorLink(q.get("speaker_code"), q.get("speaker")))
                    .append(", <a href=\"/story/").append(url(q.get("story_id"))).append("\">")
                    .append(esc(q.get("title") == null ? "(untitled)" : q.get("title"))).append("</a> <span class=\"muted\">")
                    .append(esc(q.get("published") == null ? "" : q.get("published"))).append("</span></p></li>");
        }
        b.append("</ol>");
    }

    private static void eventRow(StringBuilder b, Map<String, Object> e, boolean linkStory) {
        b.append("<tr><td>").append(esc(e.get("date"))).append("</td><td><abbr title=\"")
                .append(esc(e.get("name") + (e.get("plover") == null ? "" : " (PLOVER " + e.get("plover") + ")")))
                .append("\">").append(esc(e.get("code"))).append("</abbr></td><td>")
                .append(actorLink(e.get("source_code"), e.get("source_name"))).append("</td><td>")
                .append(Boolean.TRUE.equals(e.get("negated")) ? "<em>not</em> " : "").append(esc(e.get("name")))
                .append("</td><td>").append(actorLink(e.get("target_code"), e.get("target_name"))).append("</td><td>")
                .append(esc(e.get("evidence")));
        if (linkStory) {
            b.append(" <a href=\"/story/").append(url(e.get("story_id"))).append("\">story</a>");
        }
        b.append("</td></tr>");
    }

    private static String actorLink(Object code, Object name) {
        if (code == null) return name == null ? "" : esc(name);
        return "<a class=\"actor-link\" href=\"/actor/" + url(code) + "\" title=\"" + esc(code) + "\">"
                + esc(name == null ? code : name) + " <span class=\"code\">" + esc(code) + "</span></a>";
    }

    static String layout(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Dateline</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head>"
                + "<body><a class=\"skip\" href=\"#main\">Skip to content</a><header><nav><a href=\"/\">Dateline</a> "
                + "<a href=\"/search\">Search</a> <a href=\"/openapi.json\">API</a></nav></header>"
                + "<main id=\"main\" tabindex=\"-1\">" + body + "</main></body></html>";
    }
}
