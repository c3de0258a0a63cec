package org.dateline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.Problem;
import org.dateline.store.Archive;
import org.dateline.store.ArchiveException;
import org.dateline.store.Export;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dateline export}: the archive out as GDELT event rows, JSON lines, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the archive out: events in GDELT 2.0 layout, or a table as JSON lines, CSV or Parquet.")
final class ExportCommand implements Callable<Integer> {
    enum Format { gdelt, jsonl, parquet, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "The archive (default: dateline.duckdb here).")
    Path db = Path.of("dateline.duckdb");

    @Option(names = "--format", required = true, description = "gdelt (events, tab-separated, 61 columns), jsonl, parquet or csv.")
    Format format;

    @Option(names = "--table", paramLabel = "NAME",
            description = "For jsonl, csv, parquet: stories, comments, entities, times, places, quotes or events (default).")
    String table = "events";

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output; required for parquet).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Export.TABLES.contains(table)) {
            throw new ParameterException(spec.commandLine(), "--table must be one of " + String.join(", ", Archive.TABLES));
        }
        if (out == null && (format == Format.parquet)) {
            throw new ParameterException(spec.commandLine(), "--format parquet needs --out FILE");
        }
        try (Archive archive = Archive.openReadOnly(db)) {
            switch (format) {
                case parquet, csv -> {
                    if (out != null) {
                        Export.copy(archive, table, format.name(), out);
                    } else {
                        Path tmp = Files.createTempFile("dateline-export", ".csv");
                        try {
                            Export.copy(archive, table, "csv", tmp);
                            spec.commandLine().getOut().print(Files.readString(tmp, StandardCharsets.UTF_8));
                            spec.commandLine().getOut().flush();
                        } finally {
                            Files.deleteIfExists(tmp);
                        }
                    }
                }
                case gdelt, jsonl -> {
                    try (Writer w = writer()) {
                        long n = format == Format.gdelt ? Export.gdelt(archive, w) : Export.jsonLines(archive, table, w);
                        if (out != null) err.println("dateline: " + n + " rows written to " + out);
                    }
                }
            }
            return 0;
        } catch (ArchiveException e) {
            err.println("dateline: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("dateline: " + Problem.E015.format(out == null ? "-" : out.toString(), e.getMessage()));
            return 2;
        }
    }

    private Writer writer() throws IOException {
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            return new Writer() {
                @Override
                public void write(char[] cbuf, int off, int len) {
                    o.write(cbuf, off, len);
                }

                @Override
                public void flush() {
                    o.flush();
                }

                @Override
                public void close() {
                    o.flush(); // standard output stays open
                }
            };
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
    }
}
