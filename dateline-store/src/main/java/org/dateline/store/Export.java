package org.dateline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the archive out: one table as CSV, JSON lines or Parquet (Parquet and CSV through DuckDB's
 * {@code COPY}), or the events in GDELT 2.0's event table layout (see docs/archive.md for the mapping).
 */
public final class Export {
    /** Tables that may be exported; anything else is refused (the name is pasted into SQL). */
    public static final Set<String> TABLES = Set.copyOf(Archive.TABLES);

    /** GDELT 2.0 event table columns, in file order (61). */
    public static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
            "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
            "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    /** CAMEO actor type codes (the three-letter role and sector parts of an actor code). */
    static final Set<String> ACTOR_TYPES = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU",
            "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "ELI", "AGR", "UAF", "IGO", "NGO", "NGM", "IMG", "INS",
            "MNC", "HRI", "ENV", "SEP", "RAD", "MOD", "AMN", "IRC", "GRP", "UNO", "UIS", "SET", "DEV", "CHR");

    private Export() {
    }

    /** Checks a table name against {@link #TABLES}. */
    public static String table(String name) {
        if (!TABLES.contains(name)) {
            throw new ArchiveException("--table " + name, "unknown table", "choose one of " + String.join(", ", Archive.TABLES));
        }
        return name;
    }

    /** {@code COPY table TO file} as Parquet or CSV (with a header). */
    public static void copy(Archive a, String table, String format, Path out) {
        String opts = switch (format) {
            case "parquet" -> "(FORMAT parquet)";
            case "csv" -> "(FORMAT csv, HEADER true)";
            default -> throw new IllegalArgumentException(format);
        };
        String path = out.toAbsolutePath().toString().replace("'", "''");
        try (Statement st = a.connection().createStatement()) {
            st.execute("COPY (SELECT * FROM " + table(table) + " ORDER BY ALL) TO '" + path + "' " + opts);
        } catch (SQLException e) {
            throw new ArchiveException(out.toString(), "cannot export: " + Archive.firstLine(e), "check the output path");
        }
    }

    /** One JSON object per row, field names as the table's columns. */
    public static long jsonLines(Archive a, String table, Writer out) throws IOException {
        long n = 0;
        JsonFactory f = new JsonFactory();
        try (Statement st = a.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table(table) + " ORDER BY ALL")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                JsonGenerator g = f.createGenerator(out);
                g.writeStartObject();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    g.writeFieldName(md.getColumnLabel(i));
                    writeJsonValue(g, Archive.plain(rs.getObject(i)));
                }
                g.writeEndObject();
                g.flush();
                out.write('\n');
                n++;
            }
        } catch (SQLException e) {
            throw new ArchiveException(table, "cannot export: " + Archive.firstLine(e), "check the archive");
        }
        out.flush();
        return n;
    }

    /**
     * The events as GDELT 2.0 event rows: tab-separated, 61 columns, no header (as GDELT ships them). Events
     * without a date (neither the text nor the story gives one) cannot be placed in GDELT's layout and are
     * left out; returns how many rows were written.
     */
    public static long gdelt(Archive a, Writer out) throws IOException {
        String sql = """
                SELECT e.event_id, coalesce(e.event_date, s.published_date) AS d, e.source_code, e.source_name,
                  e.target_code, e.target_name, e.root_event, e.code, e.base_code, e.root_code, e.quad_class,
                  e.place_name, e.place_country, p.lat, p.lon, s.ingested, coalesce(s.url, s.source) AS src
                FROM events e JOIN stories s ON s.id = e.story_id
                LEFT JOIN (SELECT story_id, name, country, any_value(lat) AS lat, any_value(lon) AS lon FROM places
                           GROUP BY story_id, name, country) p
                  ON p.story_id = e.story_id AND p.name = e.place_name AND p.country IS NOT DISTINCT FROM e.place_country
                WHERE NOT e.negated AND coalesce(e.event_date, s.published_date) IS NOT NULL
                ORDER BY e.event_id""";
        long n = 0;
        try (Statement st = a.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String[] row = new String[GDELT_COLUMNS.size()];
                java.util.Arrays.fill(row, "");
                LocalDate d = rs.getObject("d", LocalDate.class);
                row[0] = Long.toString(rs.getLong("event_id"));
                row[1] = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                row[2] = String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
                row[3] = Integer.toString(d.getYear());
                row[4] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
                actor(row, 5, rs.getString("source_code"), rs.getString("source_name"));
                actor(row, 15, rs.getString("target_code"), rs.getString("target_name"));
                row[25] = rs.getBoolean("root_event") ? "1" : "0";
                row[26] = nz(rs.getString("code"));
                row[27] = nz(rs.getString("base_code"));
                row[28] = nz(rs.getString("root_code"));
                Object quad = rs.getObject("quad_class");
                row[29] = quad == null ? "" : quad.toString();
                // 30 GoldsteinScale and 34 AvgTone: not computed; one row per coded mention, so counts are 1.
                row[31] = "1";
                row[32] = "1";
                row[33] = "1";
                String place = rs.getString("place_name");
                String country = rs.getString("place_country");
                if (place != null || country != null) {
                    row[51] = place == null ? "1" : "4"; // 1 = country, 4 = world city (GDELT's geo types)
                    row[52] = clean(place == null ? country : place);
                    row[53] = nz(country);
                    Object lat = rs.getObject("lat");
                    Object lon = rs.getObject("lon");
                    if (lat != null && lon != null) {
                        row[56] = String.format(Locale.ROOT, "%.4f", ((Number) lat).doubleValue());
                        row[57] = String.format(Locale.ROOT, "%.4f", ((Number) lon).doubleValue());
                    }
                }
                java.sql.Timestamp added = rs.getTimestamp("ingested");
                row[59] = added == null ? "" : added.toLocalDateTime()
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
                row[60] = clean(rs.getString("src"));
                out.write(String.join("\t", row));
                out.write('\n');
                n++;
            }
        } catch (SQLException e) {
            throw new ArchiveException("events", "cannot export: " + Archive.firstLine(e), "check the archive");
        }
        out.flush();
        return n;
    }

    /**
     * Splits a CAMEO actor code into GDELT's columns: the country (first three letters when they are not a
     * type code), the known group (the part after IGO/NGO/NGM/MNC that is not itself a type), and up to three
     * type codes.
     */
    static void actor(String[] row, int at, String code, String name) {
        if (code == null) return;
        row[at] = clean(code);
        row[at + 1] = clean(name == null ? "" : name.toUpperCase(Locale.ROOT));
        int type = 0;
        boolean afterGroupType = false;
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (ACTOR_TYPES.contains(part)) {
                if (type < 3) row[at + 7 + type++] = part;
                afterGroupType = part.equals("IGO") || part.equals("NGO") || part.equals("NGM") || part.equals("MNC");
            } else if (i == 0) {
                row[at + 2] = part;
            } else if (afterGroupType && row[at + 3].isEmpty() && i + 3 == code.length()) {
                row[at + 3] = part;
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Tabs and line breaks would break the row: a field never holds them. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    /** Writes one archive cell as JSON: numbers and booleans as such, everything else as a string. */
    public static void writeJsonValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Double d) g.writeNumber(d);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else g.writeString(v.toString());
    }
}
