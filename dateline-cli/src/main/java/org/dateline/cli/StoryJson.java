package org.dateline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.dateline.Story;
import org.dateline.actor.Actor;
import org.dateline.actor.Entity;
import org.dateline.event.Event;
import org.dateline.page.Comment;
import org.dateline.page.Disclosure;
import org.dateline.page.Page;
import org.dateline.place.Place;
import org.dateline.quote.Quote;
import org.dateline.quote.Speaker;
import org.dateline.text.Sentence;
import org.dateline.time.TimeExpression;

/**
 * Writes a story in the JSON contract (field names are an interface other tools read: keep them). Streams
 * with Jackson's generator: no intermediate tree, so a million stories cost no more than one.
 */
final class StoryJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private StoryJson() {
    }

    /** One story as a single line (JSON lines) or pretty-printed. */
    static String write(Story story, boolean pretty) {
        StringWriter out = new StringWriter(8192);
        write(story, out, pretty, false);
        return out.toString();
    }

    /** The page stage only: the story fields a page gives, without mentions, quotes and events. */
    static String writePage(Page page, boolean pretty) {
        StringWriter out = new StringWriter(8192);
        write(new Story(page, null, List.of(), List.of(), List.of(), List.of(), List.of()), out, pretty, true);
        return out.toString();
    }

    private static void write(Story story, Writer out, boolean pretty, boolean pageOnly) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) g.setPrettyPrinter(new DefaultPrettyPrinter());
            Page p = story.page();
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeStringField("url", p.url());
            g.writeStringField("title", p.title());
            g.writeStringField("published", p.published());
            g.writeStringField("published_basis", p.publishedBasis() == null ? null : p.publishedBasis().label());
            g.writeStringField("language", p.language());
            g.writeArrayFieldStart("authors");
            for (String a : p.authors()) g.writeString(a);
            g.writeEndArray();
            g.writeObjectFieldStart("outlet");
            g.writeStringField("name", p.outlet().name());
            g.writeArrayFieldStart("labels");
            for (String l : p.outlet().labels()) g.writeString(l);
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("disclosures");
            for (Disclosure d : p.disclosures()) {
                g.writeStartObject();
                g.writeStringField("text", d.text());
                g.writeStringField("subject", d.subject());
                g.writeArrayFieldStart("labels");
                for (String l : d.labels()) g.writeString(l);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("text", p.text());
            g.writeArrayFieldStart("comments");
            for (Comment c : p.comments()) {
                g.writeStartObject();
                g.writeStringField("author", c.author());
                g.writeStringField("published", c.published());
                g.writeStringField("text", c.text());
                g.writeNumberField("depth", c.depth());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!pageOnly) writeAnalysis(story, g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAnalysis(Story story, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("sentences");
        for (Sentence s : story.text().sentences()) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        for (Entity e : story.entities()) {
            g.writeStartObject();
            span(g, e.start(), e.end(), e.text());
            g.writeStringField("type", e.type().label());
            actor(g, "actor", e.actor());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("times");
        for (TimeExpression t : story.times()) {
            g.writeStartObject();
            span(g, t.start(), t.end(), t.text());
            g.writeStringField("type", t.type());
            g.writeStringField("value", t.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("places");
        for (Place pl : story.places()) {
            g.writeStartObject();
            span(g, pl.start(), pl.end(), pl.text());
            g.writeStringField("name", pl.name());
            g.writeStringField("country", pl.country());
            g.writeNumberField("lat", pl.lat());
            g.writeNumberField("lon", pl.lon());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : story.quotes()) {
            g.writeStartObject();
            span(g, q.start(), q.end(), q.text());
            g.writeStringField("kind", q.kind().label());
            g.writeStringField("cue", q.cue());
            Speaker s = q.speaker();
            if (s == null) {
                g.writeNullField("speaker");
            } else {
                g.writeObjectFieldStart("speaker");
                g.writeStringField("name", s.name());
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeStringField("code", s.code());
                g.writeStringField("role", s.role());
                if (s.hasMention()) {
                    g.writeNumberField("mention_start", s.mentionStart());
                    g.writeNumberField("mention_end", s.mentionEnd());
                } else {
                    g.writeNullField("mention_start");
                    g.writeNullField("mention_end");
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : story.events()) {
            g.writeStartObject();
            g.writeStringField("code", e.code());
            g.writeStringField("name", e.name());
            g.writeStringField("plover", e.plover());
            actor(g, "source", e.source());
            actor(g, "target", e.target());
            g.writeStringField("date", e.date());
            g.writeStringField("date_basis", e.dateBasis());
            if (e.place() == null) {
                g.writeNullField("place");
            } else {
                g.writeObjectFieldStart("place");
                g.writeStringField("name", e.place().name());
                g.writeStringField("country", e.place().country());
                g.writeEndObject();
            }
            g.writeNumberField("start", e.start());
            g.writeNumberField("end", e.end());
            if (e.quote() == null) g.writeNullField("quote");
            else g.writeNumberField("quote", e.quote());
            g.writeBooleanField("negated", e.negated());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void span(JsonGenerator g, int start, int end, String text) throws IOException {
        g.writeNumberField("start", start);
        g.writeNumberField("end", end);
        g.writeStringField("text", text);
    }

    private static void actor(JsonGenerator g, String field, Actor a) throws IOException {
        if (a == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("code", a.code());
        g.writeStringField("name", a.name());
        g.writeEndObject();
    }
}
