package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dateline.Problem;

/**
 * Expands the command line's inputs (files, .gz files, directories walked in name order, {@code -} for
 * stdin, JSON lines) into a lazy sequence of documents. A bad input becomes a failed document, never an
 * exception: one broken page in a million is reported and the rest go on.
 */
final class InputWalker implements Iterable<InputDocument> {
    /** Pages larger than this are refused rather than risking the heap (hostile input). */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> inputs;
    private final boolean jsonLines;
    private final InputStream stdin;

    InputWalker(List<String> inputs, boolean jsonLines, InputStream stdin) {
        this.inputs = List.copyOf(inputs);
        this.jsonLines = jsonLines;
        this.stdin = stdin;
    }

    @Override
    public Iterator<InputDocument> iterator() {
        return new Iterator<>() {
            private final Iterator<String> args = inputs.iterator();
            private Iterator<InputDocument> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && args.hasNext()) current = expand(args.next());
                return current.hasNext();
            }

            @Override
            public InputDocument next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.next();
            }
        };
    }

    private Iterator<InputDocument> expand(String arg) {
        if (arg.equals("-")) {
            if (jsonLines) return jsonLines("-", new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)));
            try {
                return List.of(new InputDocument("-", readBounded(stdin, "-"), null, false, null, null, null)).iterator();
            } catch (IOException e) {
                return List.of(InputDocument.failed("-", Problem.E002.format("-", e.getMessage()))).iterator();
            }
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(InputWalker::isPageFile).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                return List.of(InputDocument.failed(arg, Problem.E002.format(arg, e.getMessage()))).iterator();
            }
            return files.stream().flatMap(f -> stream(f.toString(), f)).iterator();
        }
        return stream(arg, path).iterator();
    }

    private Stream<InputDocument> stream(String id, Path path) {
        if (!Files.exists(path)) return Stream.of(InputDocument.failed(id, Problem.E001.format(id)));
        if (jsonLines || isJsonLinesFile(path)) {
            try {
                InputStream in = open(path);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Iterator<InputDocument> it = jsonLines(id, reader);
                return Stream.iterate(it, Iterator::hasNext, x -> x).map(Iterator::next);
            } catch (IOException e) {
                return Stream.of(InputDocument.failed(id, Problem.E002.format(id, e.getMessage())));
            }
        }
        return Stream.of(readFile(id, path));
    }

    private static InputDocument readFile(String id, Path path) {
        try (InputStream in = open(path)) {
            return new InputDocument(id, readBounded(in, id), null, false, null, null, null);
        } catch (ZipException e) {
            return InputDocument.failed(id, Problem.E010.format(id, e.getMessage()));
        } catch (PageTooLarge e) {
            return InputDocument.failed(id, e.getMessage());
        } catch (NoSuchFileException e) {
            return InputDocument.failed(id, Problem.E001.format(id));
        } catch (IOException e) {
            String why = e.getMessage();
            if (why != null && why.contains("Not in GZIP format")) return InputDocument.failed(id, Problem.E010.format(id, why));
            return InputDocument.failed(id, Problem.E002.format(id, why));
        }
    }

    private static InputStream open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (path.getFileName().toString().endsWith(".gz")) return new GZIPInputStream(in, 1 << 16);
        return in;
    }

    private static byte[] readBounded(InputStream in, String id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_BYTES) throw new PageTooLarge(Problem.E011.format(id, total, MAX_BYTES));
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static final class PageTooLarge extends IOException {
        PageTooLarge(String message) {
            super(message);
        }
    }

    static boolean isPageFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl");
    }

    private static boolean isJsonLinesFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
    }

    /** One document per non-blank line; a bad line is a failed document naming {@code file:line}. */
    private static Iterator<InputDocument> jsonLines(String source, BufferedReader reader) {
        return new Iterator<>() {
            private int lineNo;
            private InputDocument next = advance();

            private InputDocument advance() {
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lineNo++;
                        if (line.isBlank()) continue;
                        return parse(source + ":" + lineNo, line);
                    }
                    reader.close();
                    return null;
                } catch (IOException e) {
                    return InputDocument.failed(source + ":" + lineNo, Problem.E002.format(source + ":" + lineNo, e.getMessage()));
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public InputDocument next() {
                if (next == null) throw new NoSuchElementException();
                InputDocument d = next;
                next = d.failure() != null && d.failure().contains(Problem.E002.name()) ? null : advance();
                return d;
            }
        };
    }

    static InputDocument parse(String where, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String why = e.getOriginalMessage() == null ? "not JSON" : e.getOriginalMessage().split("\n")[0];
            return InputDocument.failed(where, Problem.E006.format(where, why));
        }
        if (node == null || !node.isObject()) return InputDocument.failed(where, Problem.E006.format(where, "not an object"));
        String id = text(node, "id");
        String text = text(node, "text");
        String html = text(node, "html");
        if (text == null && html == null) return InputDocument.failed(id != null ? id : where,
                Problem.E006.format(id != null ? id : where, "neither \"text\" nor \"html\""));
        return new InputDocument(id != null ? id : where, null, text != null ? text : html, text != null,
                text(node, "published"), text(node, "url"), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
