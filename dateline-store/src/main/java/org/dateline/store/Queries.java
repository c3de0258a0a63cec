package org.dateline.store;

import java.util.ArrayList;
import java.util.List;

/** The analyst's questions as SQL: every value bound as a parameter, never pasted into the text. */
final class Queries {
    private Queries() {
    }

    /** Events by actor (source or target code prefix), CAMEO code prefix, date and words in the story. */
    static Rows events(Archive a, Filter f) {
        Where w = new Where();
        if (f.actor() != null) w.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))", f.actor(), f.actor());
        if (f.event() != null) w.add("starts_with(e.code, ?)", f.event());
        dates(w, f, "coalesce(e.event_date, s.published_date)");
        if (f.speaker() != null) {
            w.add("EXISTS (SELECT 1 FROM quotes q WHERE q.story_id = e.story_id AND q.n = e.quote_n "
                    + "AND contains(lower(q.speaker), lower(?)))", f.speaker());
        }
        for (String word : words(f.text())) w.add("contains(lower(s.text), lower(?))", word);
        return a.query("SELECT e.event_id, coalesce(CAST(e.event_date AS VARCHAR), e.date_text) AS date, e.code, e.name, "
                + "e.plover, e.source_code, e.source_name, e.target_code, e.target_name, e.negated, e.evidence, "
                + "e.place_name, e.place_country, e.story_id, s.title, s.url FROM events e JOIN stories s ON s.id = e.story_id"
                + w + " ORDER BY coalesce(e.event_date, s.published_date) NULLS LAST, e.event_id LIMIT ? OFFSET ?",
                w.params(f));
    }

    /** Quotes by speaker name, speaker code prefix, words in the quote, and the story's date. */
    static Rows quotes(Archive a, Filter f) {
        Where w = new Where();
        if (f.speaker() != null) w.add("contains(lower(q.speaker), lower(?))", f.speaker());
        if (f.actor() != null) w.add("starts_with(q.speaker_code, ?)", f.actor());
        for (String word : words(f.text())) w.add("contains(lower(q.text), lower(?))", word);
        if (f.event() != null) {
            w.add("EXISTS (SELECT 1 FROM events e WHERE e.story_id = q.story_id AND e.quote_n = q.n "
                    + "AND starts_with(e.code, ?))", f.event());
        }
        dates(w, f, "s.published_date");
        return a.query("SELECT q.speaker, q.speaker_code, q.speaker_role, q.text AS quote, q.kind, q.cue, "
                + "CAST(s.published_date AS VARCHAR) AS published, q.story_id, s.title, s.url, q.n AS quote_n "
                + "FROM quotes q JOIN stories s ON s.id = q.story_id" + w
                + " ORDER BY s.published_date NULLS LAST, q.story_id, q.n LIMIT ? OFFSET ?", w.params(f));
    }

    /** Stories whose body or quotes hold the words, or that mention the actor, code or speaker. */
    static Rows stories(Archive a, Filter f) {
        Where w = new Where();
        for (String word : words(f.text())) {
            w.add("(contains(lower(s.text), lower(?)) OR contains(lower(coalesce(s.title, '')), lower(?)) OR EXISTS "
                    + "(SELECT 1 FROM quotes q WHERE q.story_id = s.id AND contains(lower(q.text), lower(?))))",
                    word, word, word);
        }
        if (f.actor() != null) {
            w.add("(EXISTS (SELECT 1 FROM entities x WHERE x.story_id = s.id AND starts_with(x.actor_code, ?)) OR "
                    + "EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id AND (starts_with(e.source_code, ?) "
                    + "OR starts_with(e.target_code, ?))))", f.actor(), f.actor(), f.actor());
        }
        if (f.event() != null) {
            w.add("EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id AND starts_with(e.code, ?))", f.event());
        }
        if (f.speaker() != null) {
            w.add("EXISTS (SELECT 1 FROM quotes q WHERE q.story_id = s.id AND contains(lower(q.speaker), lower(?)))",
                    f.speaker());
        }
        dates(w, f, "s.published_date");
        return a.query("SELECT s.id, CAST(s.published_date AS VARCHAR) AS published, s.title, s.url, s.outlet, "
                + "(SELECT count(*) FROM quotes q WHERE q.story_id = s.id) AS quotes, "
                + "(SELECT count(*) FROM events e WHERE e.story_id = s.id) AS events, "
                + "left(s.text, 200) AS opening FROM stories s" + w
                + " ORDER BY s.published_date DESC NULLS LAST, s.id LIMIT ? OFFSET ?", w.params(f));
    }

    /** Actors by code prefix, with how often they act, are acted on, speak and are mentioned. */
    static Rows actors(Archive a, Filter f) {
        String prefix = f.actor() == null ? "" : f.actor();
        return a.query("""
                WITH codes AS (
                  SELECT actor_code AS code, actor_name AS name, 'mention' AS role FROM entities WHERE actor_code IS NOT NULL
                  UNION ALL SELECT source_code, source_name, 'source' FROM events WHERE source_code IS NOT NULL
                  UNION ALL SELECT target_code, target_name, 'target' FROM events WHERE target_code IS NOT NULL
                  UNION ALL SELECT speaker_code, speaker, 'speaker' FROM quotes WHERE speaker_code IS NOT NULL)
                SELECT code, mode(name) AS name, count(*) FILTER (WHERE role = 'source') AS as_source,
                  count(*) FILTER (WHERE role = 'target') AS as_target, count(*) FILTER (WHERE role = 'speaker') AS quotes,
                  count(*) FILTER (WHERE role = 'mention') AS mentions
                FROM codes WHERE starts_with(code, ?) GROUP BY code
                ORDER BY as_source + as_target + quotes + mentions DESC, code LIMIT ? OFFSET ?""",
                prefix, f.limit(), f.offset());
    }

    /**
     * The terms of a text search, all of which must be found: its words, or the whole text when it is in
     * double quotes (a phrase). At most ten terms, so that a query stays a query.
     */
    static List<String> words(String text) {
        if (text == null) return List.of();
        String t = text.strip();
        if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) return List.of(t.substring(1, t.length() - 1));
        List<String> out = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty() && !out.contains(w) && out.size() < 10) out.add(w);
        }
        return out;
    }

    private static void dates(Where w, Filter f, String column) {
        if (f.since() != null) w.add(column + " >= ?", f.since());
        if (f.until() != null) w.add(column + " <= ?", f.until());
    }

    /** A WHERE clause built from conditions and their parameters, in order. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
        }

        Object[] params(Filter f) {
            List<Object> all = new ArrayList<>(params);
            all.add(f.limit());
            all.add(f.offset());
            return all.toArray();
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
