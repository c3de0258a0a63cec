package org.dateline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
import org.dateline.time.TimeExpression;

/**
 * One archive file. Open it to write ({@link #open}) or to read ({@link #openReadOnly}, several processes
 * at once); {@link #openSandboxed} also refuses to touch any file but the archive, for SQL typed by a user.
 * Methods are synchronized: one JDBC connection, used by one thread at a time.
 */
public final class Archive implements AutoCloseable {
    /** The tables, in the order {@link #counts()} reports them. */
    public static final List<String> TABLES = List.of("stories", "comments", "entities", "times", "places", "quotes",
            "events");

    private static final String SCHEMA = """
            CREATE SEQUENCE IF NOT EXISTS event_ids START 1;
            CREATE TABLE IF NOT EXISTS stories(
              id VARCHAR PRIMARY KEY, key VARCHAR NOT NULL, source VARCHAR, url VARCHAR, title VARCHAR,
              published VARCHAR, published_date DATE, published_basis VARCHAR, language VARCHAR, outlet VARCHAR,
              outlet_labels VARCHAR, authors VARCHAR, disclosures VARCHAR, text VARCHAR NOT NULL,
              ingested TIMESTAMP NOT NULL);
            CREATE TABLE IF NOT EXISTS comments(story_id VARCHAR NOT NULL, n INTEGER NOT NULL, author VARCHAR,
              published VARCHAR, text VARCHAR, depth INTEGER);
            CREATE TABLE IF NOT EXISTS entities(story_id VARCHAR NOT NULL, n INTEGER NOT NULL, span_start INTEGER,
              span_end INTEGER, text VARCHAR, type VARCHAR, actor_code VARCHAR, actor_name VARCHAR);
            CREATE TABLE IF NOT EXISTS times(story_id VARCHAR NOT NULL, n INTEGER NOT NULL, span_start INTEGER,
              span_end INTEGER, text VARCHAR, type VARCHAR, value VARCHAR);
            CREATE TABLE IF NOT EXISTS places(story_id VARCHAR NOT NULL, n INTEGER NOT NULL, span_start INTEGER,
              span_end INTEGER, text VARCHAR, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE);
            CREATE TABLE IF NOT EXISTS quotes(story_id VARCHAR NOT NULL, n INTEGER NOT NULL, span_start INTEGER,
              span_end INTEGER, text VARCHAR, kind VARCHAR, cue VARCHAR, speaker VARCHAR, speaker_start INTEGER,
              speaker_end INTEGER, speaker_code VARCHAR, speaker_role VARCHAR, speaker_mention_start INTEGER,
              speaker_mention_end INTEGER);
            ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_mention_start INTEGER;
            ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_mention_end INTEGER;
            CREATE TABLE IF NOT EXISTS events(event_id BIGINT PRIMARY KEY DEFAULT nextval('event_ids'),
              story_id VARCHAR NOT NULL, n INTEGER NOT NULL, code VARCHAR, base_code VARCHAR, root_code VARCHAR,
              quad_class INTEGER, name VARCHAR, plover VARCHAR, source_code VARCHAR, source_name VARCHAR,
              target_code VARCHAR, target_name VARCHAR, event_date DATE, date_text VARCHAR, date_basis VARCHAR,
              place_name VARCHAR, place_country VARCHAR, span_start INTEGER, span_end INTEGER, evidence VARCHAR,
              quote_n INTEGER, negated BOOLEAN, root_event BOOLEAN);
            """;

    private final Connection conn;
    private final Path file;

    private Archive(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    /** Opens (creating if needed) an archive to write to. */
    public static Archive open(Path file) {
        Archive a = connect(file, false, false);
        try (Statement st = a.conn.createStatement()) {
            st.execute(SCHEMA);
        } catch (SQLException e) {
            a.close();
            throw failure(file, e);
        }
        return a;
    }

    /** Opens an existing archive to read; it may read and write other files (export). */
    public static Archive openReadOnly(Path file) {
        return connect(requireExisting(file), true, false);
    }

    /** Opens an existing archive to read, refusing any other file or network access (user-typed SQL, server). */
    public static Archive openSandboxed(Path file) {
        return connect(requireExisting(file), true, true);
    }

    private static Path requireExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ArchiveException(file.toString(), "no archive here", "run 'dateline ingest' first or pass --db FILE");
        }
        return file;
    }

    private static Archive connect(Path file, boolean readOnly, boolean sandboxed) {
        Properties p = new Properties();
        // Nothing downloads at run time: no extension is installed or loaded behind our back.
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        if (readOnly) p.setProperty("duckdb.read_only", "true");
        if (sandboxed) {
            p.setProperty("enable_external_access", "false");
            p.setProperty("lock_configuration", "true");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
            return new Archive(file, c);
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    static ArchiveException failure(Path file, SQLException e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
        if (why.contains("lock")) {
            return new ArchiveException(file.toString(), "archive in use by another process",
                    "stop the other ingest or server first", e);
        }
        return new ArchiveException(file.toString(), why, "check that the file is a Dateline archive", e);
    }

    public Path file() {
        return file;
    }

    /** The JDBC connection, for exports that stream; do not share across threads. */
    public Connection connection() {
        return conn;
    }

    /** Every story key in the archive (to skip known pages before analysing them). */
    public synchronized Set<String> keys() {
        Set<String> keys = new HashSet<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT key FROM stories")) {
            while (rs.next()) keys.add(rs.getString(1));
        } catch (SQLException e) {
            throw failure(file, e);
        }
        return keys;
    }

    /** Rows per table, in {@link #TABLES} order. */
    public synchronized Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = conn.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw failure(file, e);
        }
        return counts;
    }

    /** Adds one story unless its key is already there; true when it was added. */
    public boolean add(Story story) {
        return add(List.of(story), Instant.now()) == 1;
    }

    /**
     * Adds stories in one transaction: all of them with all their rows, or (on failure) none. Stories whose
     * key is already stored, or repeated in the batch, are skipped. Returns how many were added.
     */
    public synchronized int add(List<Story> stories, Instant ingested) {
        int added = 0;
        try {
            conn.setAutoCommit(false);
            try (Inserts ins = new Inserts(conn)) {
                Set<String> seen = new HashSet<>();
                for (Story s : stories) {
                    String key = StoryKey.of(s.page());
                    String id = StoryKey.id(key);
                    if (!seen.add(id) || ins.exists(id)) continue;
                    ins.story(id, key, s, ingested);
                    added++;
                }
                ins.flush();
            }
            conn.commit();
            return added;
        } catch (SQLException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw failure(file, e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection already broken; the caller sees the failure above
            }
        }
    }

    /** Events by actor, CAMEO code, dates, speaker (of the quote they were coded from) and words in the story. */
    public Rows events(Filter f) {
        return Queries.events(this, f);
    }

    /** Quotes by speaker name or code, words in the quote, CAMEO code of events coded from them, and dates. */
    public Rows quotes(Filter f) {
        return Queries.quotes(this, f);
    }

    /** Stories by words in body, title or quotes, by actor, event code, speaker and dates; newest first. */
    public Rows stories(Filter f) {
        return Queries.stories(this, f);
    }

    /** Actor codes starting with the filter's actor, with how often each acts, is acted on, speaks, is named. */
    public Rows actors(Filter f) {
        return Queries.actors(this, f);
    }

    /** Runs a parameterised query (code-written SQL) and returns every row. */
    public synchronized Rows query(String sql, Object... params) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) bind(ps, i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs, Integer.MAX_VALUE);
            }
        } catch (SQLException e) {
            throw new ArchiveException(file.toString(), "query failed: " + firstLine(e), "check the query", e);
        }
    }

    /** Runs user-typed SQL; on a {@link #openSandboxed} archive it cannot change anything. */
    public synchronized Rows sql(String sql, int maxRows) {
        try (Statement st = conn.createStatement()) {
            if (!st.execute(sql)) return new Rows(List.of("changed"), List.of(List.of((long) st.getUpdateCount())));
            try (ResultSet rs = st.getResultSet()) {
                return rows(rs, maxRows);
            }
        } catch (SQLException e) {
            throw new ArchiveException("--sql", firstLine(e), "the archive is read-only; check the SQL", e);
        }
    }

    static String firstLine(SQLException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) ps.setNull(i, Types.VARCHAR);
        else if (v instanceof LocalDate d) ps.setObject(i, d);
        else if (v instanceof Integer n) ps.setInt(i, n);
        else if (v instanceof Long n) ps.setLong(i, n);
        else ps.setString(i, v.toString());
    }

    static Rows rows(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> cols = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) cols.add(md.getColumnLabel(i));
        List<List<Object>> out = new ArrayList<>();
        while (out.size() < maxRows && rs.next()) {
            List<Object> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) row.add(plain(rs.getObject(i)));
            out.add(row);
        }
        return new Rows(cols, out);
    }

    /** JDBC values as String, Long, Double, Boolean or null, so callers need no driver types. */
    static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) return v;
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) return ((Number) v).longValue();
        if (v instanceof Float || v instanceof Double) return ((Number) v).doubleValue();
        if (v instanceof java.math.BigInteger || v instanceof java.math.BigDecimal) return v.toString();
        if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (v instanceof Timestamp t) return t.toInstant().toString();
        if (v instanceof java.time.LocalDate d) return d.toString();
        return v.toString();
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /** The CAMEO root code's quad class: verbal/material cooperation (1, 2), verbal/material conflict (3, 4). */
    public static Integer quadClass(String code) {
        if (code == null || code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return null;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root >= 1 && root <= 5) return 1;
        if (root >= 6 && root <= 8) return 2;
        if (root >= 9 && root <= 13) return 3;
        if (root >= 14 && root <= 20) return 4;
        return null;
    }

    static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Prepared inserts for one transaction, flushed as JDBC batches. */
    private static final class Inserts implements AutoCloseable {
        private final PreparedStatement exists;
        private final PreparedStatement story;
        private final PreparedStatement comment;
        private final PreparedStatement entity;
        private final PreparedStatement time;
        private final PreparedStatement place;
        private final PreparedStatement quote;
        private final PreparedStatement event;

        Inserts(Connection c) throws SQLException {
            exists = c.prepareStatement("SELECT 1 FROM stories WHERE id = ?");
            story = c.prepareStatement("INSERT INTO stories VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            comment = c.prepareStatement("INSERT INTO comments VALUES (?,?,?,?,?,?)");
            entity = c.prepareStatement("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?)");
            time = c.prepareStatement("INSERT INTO times VALUES (?,?,?,?,?,?,?)");
            place = c.prepareStatement("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)");
            quote = c.prepareStatement("INSERT INTO quotes (story_id, n, span_start, span_end, text, kind, cue, speaker, "
                    + "speaker_start, speaker_end, speaker_code, speaker_role, speaker_mention_start, speaker_mention_end) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            event = c.prepareStatement("INSERT INTO events (story_id, n, code, base_code, root_code, quad_class, name, "
                    + "plover, source_code, source_name, target_code, target_name, event_date, date_text, date_basis, "
                    + "place_name, place_country, span_start, span_end, evidence, quote_n, negated, root_event) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        }

        boolean exists(String id) throws SQLException {
            exists.setString(1, id);
            try (ResultSet rs = exists.executeQuery()) {
                return rs.next();
            }
        }

        void story(String id, String key, Story s, Instant ingested) throws SQLException {
            Page p = s.page();
            String text = p.text();
            set(story, id, key, p.id(), p.url(), p.title(), p.published(), date(p.published()),
                    p.publishedBasis() == null ? null : p.publishedBasis().label(), p.language(), p.outlet().name(),
                    String.join("; ", p.outlet().labels()), String.join("; ", p.authors()), disclosures(p.disclosures()),
                    text, Timestamp.from(ingested));
            story.executeUpdate(); // the story row first, so a failing child row rolls back with it
            int n = 0;
            for (Comment c : p.comments()) {
                set(comment, id, n++, c.author(), c.published(), c.text(), c.depth());
                comment.addBatch();
            }
            n = 0;
            for (Entity e : s.entities()) {
                Actor a = e.actor();
                set(entity, id, n++, e.start(), e.end(), e.text(), e.type() == null ? null : e.type().label(),
                        a == null ? null : a.code(), a == null ? null : a.name());
                entity.addBatch();
            }
            n = 0;
            for (TimeExpression t : s.times()) {
                set(time, id, n++, t.start(), t.end(), t.text(), t.type(), t.value());
                time.addBatch();
            }
            n = 0;
            for (Place pl : s.places()) {
                set(place, id, n++, pl.start(), pl.end(), pl.text(), pl.name(), pl.country(), pl.lat(), pl.lon());
                place.addBatch();
            }
            n = 0;
            for (Quote q : s.quotes()) {
                Speaker sp = q.speaker();
                set(quote, id, n++, q.start(), q.end(), q.text(), q.kind() == null ? null : q.kind().label(), q.cue(),
                        sp == null ? null : sp.name(), sp == null ? null : sp.start(), sp == null ? null : sp.end(),
                        sp == null ? null : sp.code(), sp == null ? null : sp.role(),
                        sp == null || !sp.hasMention() ? null : sp.mentionStart(),
                        sp == null || !sp.hasMention() ? null : sp.mentionEnd());
                quote.addBatch();
            }
            n = 0;
            int firstParagraphEnd = text.indexOf("\n\n");
            if (firstParagraphEnd < 0) firstParagraphEnd = text.length();
            for (Event e : s.events()) {
                String code = e.code();
                String evidence = e.start() >= 0 && e.end() <= text.length() && e.start() <= e.end()
                        ? text.substring(e.start(), e.end()) : null;
                set(event, id, n++, code, code == null ? null : code.substring(0, Math.min(3, code.length())),
                        code == null ? null : code.substring(0, Math.min(2, code.length())), quadClass(code), e.name(),
                        e.plover(), e.source() == null ? null : e.source().code(),
                        e.source() == null ? null : e.source().name(), e.target() == null ? null : e.target().code(),
                        e.target() == null ? null : e.target().name(), date(e.date()), e.date(), e.dateBasis(),
                        e.place() == null ? null : e.place().name(), e.place() == null ? null : e.place().country(),
                        e.start(), e.end(), evidence, e.quote(), e.negated(), e.start() < firstParagraphEnd);
                event.addBatch();
            }
        }

        private static String disclosures(List<Disclosure> ds) {
            List<String> parts = new ArrayList<>();
            for (Disclosure d : ds) parts.add(d.text());
            return String.join("\n", parts);
        }

        private static void set(PreparedStatement ps, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) ps.setNull(i + 1, Types.NULL);
                else if (v instanceof LocalDate d) ps.setObject(i + 1, d);
                else ps.setObject(i + 1, v);
            }
        }

        void flush() throws SQLException {
            for (PreparedStatement ps : List.of(comment, entity, time, place, quote, event)) ps.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(exists, story, comment, entity, time, place, quote, event)) ps.close();
        }
    }
}
