package org.dateline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.store.Archive;
import org.dateline.store.ArchiveException;
import org.dateline.store.Export;
import org.dateline.store.Filter;
import org.dateline.store.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dateline query}: ask the archive. {@code --speaker} answers with quotes, {@code --actor}/{@code
 * --event} with events, {@code --text} (or nothing) with stories; {@code --sql} runs read-only SQL.
 */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Ask the archive: quotes, events, stories, or SQL.")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, json, jsonl }

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "The archive (default: dateline.duckdb here).")
    Path db = Path.of("dateline.duckdb");

    @Option(names = "--actor", paramLabel = "CODE", description = "CAMEO actor code prefix, source or target (RUS, USAGOV).")
    String actor;

    @Option(names = "--event", paramLabel = "CODE", description = "CAMEO event code prefix (13 = threaten).")
    String event;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "From this date on.")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Up to this date, inclusive.")
    String until;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Quotes by a speaker whose name contains this.")
    String speaker;

    @Option(names = "--text", paramLabel = "WORDS", description = "Stories whose body, title or quotes contain this.")
    String text;

    @Option(names = "--sql", paramLabel = "SQL", description = "Read-only SQL over the tables (stories, quotes, events, ...).")
    String sql;

    @Option(names = "--format", description = "table, csv, json or jsonl (default: table on a terminal, else jsonl).")
    Format format;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default: 100).")
    int limit = 100;

    @Option(names = "--offset", paramLabel = "N", description = "Skip N rows (paging).")
    int offset;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format f = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        Filter filter;
        try {
            filter = new Filter(actor, event, date("--since", since), date("--until", until), speaker, text, limit, offset);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Archive archive = Archive.openSandboxed(db)) {
            Rows rows;
            if (sql != null) rows = archive.sql(sql, limit);
            else if (speaker != null) rows = archive.quotes(filter);
            else if (actor != null || event != null) rows = archive.events(filter);
            else rows = archive.stories(filter);
            out.print(render(rows, f));
            out.flush();
            return 0;
        } catch (ArchiveException e) {
            err.println("dateline: " + e.getMessage());
            return 2;
        }
    }

    private static LocalDate date(String flag, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new DatelineException(Problem.E007, flag, value);
        }
    }

    static String render(Rows rows, Format f) {
        return switch (f) {
            case table -> table(rows);
            case csv -> csv(rows);
            case json -> json(rows, true);
            case jsonl -> json(rows, false);
        };
    }

    /** Aligned columns, long cells cut with an ellipsis, line breaks shown as spaces. */
    static String table(Rows rows) {
        int n = rows.columns().size();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) width[i] = rows.columns().get(i).length();
        for (List<Object> r : rows.rows()) for (int i = 0; i < n; i++) width[i] = Math.max(width[i], cell(r.get(i)).length());
        StringBuilder b = new StringBuilder();
        line(b, rows.columns().stream().map(Object.class::cast).toList(), width);
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        b.append('\n');
        for (List<Object> r : rows.rows()) line(b, r, width);
        b.append('(').append(rows.size()).append(rows.size() == 1 ? " row)\n" : " rows)\n");
        return b.toString();
    }

    private static void line(StringBuilder b, List<Object> values, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String c = cell(values.get(i));
            l.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(width[i] - c.length()));
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    private static String cell(Object v) {
        String s = v == null ? "" : v.toString().replaceAll("\\s+", " ");
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }

    /** RFC 4180: a header line, fields with commas, quotes or line breaks quoted. */
    static String csv(Rows rows) {
        StringBuilder b = new StringBuilder();
        csvLine(b, rows.columns().stream().map(Object.class::cast).toList());
        for (List<Object> r : rows.rows()) csvLine(b, r);
        return b.toString();
    }

    private static void csvLine(StringBuilder b, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) b.append(',');
            Object v = values.get(i);
            String s = v == null ? "" : v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            b.append(s);
        }
        b.append("\r\n");
    }

    static String json(Rows rows, boolean array) {
        StringWriter w = new StringWriter();
        try {
            JsonFactory factory = new JsonFactory();
            if (array) w.write("[");
            for (int r = 0; r < rows.size(); r++) {
                if (array) w.write(r == 0 ? "\n" : ",\n");
                JsonGenerator g = factory.createGenerator(w);
                g.writeStartObject();
                List<Object> row = rows.rows().get(r);
                for (int i = 0; i < row.size(); i++) {
                    g.writeFieldName(rows.columns().get(i));
                    Export.writeJsonValue(g, row.get(i));
                }
                g.writeEndObject();
                g.flush();
                if (!array) w.write("\n");
            }
            if (array) w.write(rows.size() == 0 ? "]\n" : "\n]\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
