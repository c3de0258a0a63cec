package org.dateline.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.store.Archive;
import org.dateline.store.Rows;

/**
 * One stored story with all its parts, as the archive holds them.
 *
 * @param story    the story row (id, title, url, published, text, ...)
 * @param entities its actor mentions
 * @param times    its time expressions
 * @param places   its places
 * @param quotes   its quotes, with speakers
 * @param events   its coded events
 */
record StoryRecord(Map<String, Object> story, List<Map<String, Object>> entities, List<Map<String, Object>> times,
                   List<Map<String, Object>> places, List<Map<String, Object>> quotes, List<Map<String, Object>> events) {

    /** The story, or null when the id is unknown. */
    static StoryRecord load(Archive a, String id) {
        Rows s = a.query("SELECT id, key, source, url, title, published, CAST(published_date AS VARCHAR) AS published_date, "
                + "published_basis, language, outlet, authors, disclosures, text, CAST(ingested AS VARCHAR) AS ingested "
                + "FROM stories WHERE id = ?", id);
        if (s.size() == 0) return null;
        return new StoryRecord(maps(s).get(0),
                maps(a.query("SELECT n, span_start, span_end, text, type, actor_code, actor_name FROM entities "
                        + "WHERE story_id = ? ORDER BY n", id)),
                maps(a.query("SELECT n, span_start, span_end, text, type, value FROM times WHERE story_id = ? ORDER BY n", id)),
                maps(a.query("SELECT n, span_start, span_end, text, name, country, lat, lon FROM places "
                        + "WHERE story_id = ? ORDER BY n", id)),
                maps(a.query("SELECT n, span_start, span_end, text, kind, cue, speaker, speaker_start, speaker_end, "
                        + "speaker_code, speaker_role, speaker_mention_start, speaker_mention_end FROM quotes "
                        + "WHERE story_id = ? ORDER BY n", id)),
                maps(a.query("SELECT event_id, n, code, name, plover, quad_class, source_code, source_name, target_code, "
                        + "target_name, coalesce(CAST(event_date AS VARCHAR), date_text) AS date, date_basis, place_name, "
                        + "place_country, span_start, span_end, evidence, quote_n, negated FROM events "
                        + "WHERE story_id = ? ORDER BY n", id)));
    }

    /** Rows as name-to-value maps, in column order (what the JSON API returns). */
    static List<Map<String, Object>> maps(Rows rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) m.put(rows.columns().get(i), r.get(i));
            out.add(m);
        }
        return out;
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>(story);
        m.put("entities", entities);
        m.put("times", times);
        m.put("places", places);
        m.put("quotes", quotes);
        m.put("events", events);
        return m;
    }
}
