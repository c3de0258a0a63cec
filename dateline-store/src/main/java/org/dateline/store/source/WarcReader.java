package org.dateline.store.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Reads HTML pages out of a WARC file (ISO 28500; {@code .warc} or {@code .warc.gz}, where each record is
 * its own gzip member and the JDK reads the members one after another). Keeps {@code response} records
 * whose HTTP payload is HTML, and {@code resource} records of type text/html; skips requests, metadata,
 * redirects and non-HTML. Undoes chunked transfer coding and gzip/deflate content coding.
 */
public final class WarcReader implements Iterator<SourceRecord>, AutoCloseable {
    /** A record larger than this is skipped (reported), not loaded. */
    public static final long MAX_RECORD = 64L * 1024 * 1024;

    private final String name;
    private final InputStream in;
    private int index;
    private SourceRecord next;
    private boolean done;

    public WarcReader(String name, InputStream raw) throws IOException {
        this.name = name;
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        this.in = m1 == 0x1f && m2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(b, 1 << 16), 1 << 16) : b;
    }

    public static WarcReader open(Path file) throws IOException {
        return new WarcReader(file.toString(), Files.newInputStream(file));
    }

    /** True for names like {@code x.warc}, {@code x.warc.gz}. */
    public static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) next = advance();
        return next != null;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        SourceRecord r = next;
        next = null;
        return r;
    }

    /** The next page record, a failed record, or null when the reader should look again (skipped record). */
    private SourceRecord advance() {
        String id = name + "#" + (index + 1);
        try {
            String version = readLine(in);
            while (version != null && version.isEmpty()) version = readLine(in);
            if (version == null) {
                done = true;
                return null;
            }
            index++;
            if (!version.startsWith("WARC/")) {
                done = true; // lost the record boundary: nothing after this can be trusted
                return SourceRecord.failed(id, "not a WARC record (starts with '" + abbreviate(version) + "')");
            }
            Map<String, String> headers = headers(in);
            long length = Long.parseLong(headers.getOrDefault("content-length", "-1").trim());
            if (length < 0) {
                done = true;
                return SourceRecord.failed(id, "WARC record without Content-Length");
            }
            if (length > MAX_RECORD) {
                skip(in, length);
                return SourceRecord.failed(id, "WARC record too large: " + length + " bytes");
            }
            byte[] block = in.readNBytes((int) length);
            if (block.length < length) {
                done = true;
                return SourceRecord.failed(id, "WARC file ends inside a record");
            }
            String type = headers.getOrDefault("warc-type", "").toLowerCase(Locale.ROOT);
            String url = headers.get("warc-target-uri");
            if (url != null) url = url.strip().replaceAll("^<|>$", "");
            String contentType = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
            if (type.equals("resource") && contentType.contains("html")) {
                return new SourceRecord(id, url, null, block, null, null);
            }
            if (!type.equals("response") || !contentType.startsWith("application/http")) return null;
            return httpResponse(id, url, block);
        } catch (NumberFormatException e) {
            done = true;
            return SourceRecord.failed(id, "bad WARC Content-Length");
        } catch (IOException e) {
            done = true;
            return SourceRecord.failed(id, "cannot read WARC: " + e.getMessage());
        }
    }

    private static SourceRecord httpResponse(String id, String url, byte[] block) throws IOException {
        InputStream http = new ByteArrayInputStream(block);
        String status = readLine(http);
        if (status == null || !status.startsWith("HTTP/")) return null;
        String[] parts = status.split(" ");
        if (parts.length < 2 || !parts[1].startsWith("2")) return null; // redirects and errors hold no article
        Map<String, String> h = headers(http);
        String ct = h.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        if (!ct.isEmpty() && !ct.contains("html")) return null;
        byte[] body = http.readAllBytes();
        if (h.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) body = unchunk(body);
        String coding = h.getOrDefault("content-encoding", "").toLowerCase(Locale.ROOT).strip();
        try {
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            } else if (coding.equals("deflate")) {
                body = new java.util.zip.InflaterInputStream(new ByteArrayInputStream(body)).readAllBytes();
            }
        } catch (IOException e) {
            return SourceRecord.failed(id, "bad " + coding + " body: " + e.getMessage());
        }
        return new SourceRecord(id, url, null, body, null, null);
    }

    /** Undoes HTTP chunked transfer coding; a body that is not really chunked is returned as it was. */
    static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        InputStream in = new ByteArrayInputStream(body);
        try {
            while (true) {
                String sizeLine = readLine(in);
                if (sizeLine == null) break;
                int semi = sizeLine.indexOf(';');
                int size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).strip(), 16);
                if (size == 0) break;
                byte[] chunk = in.readNBytes(size);
                if (chunk.length < size) throw new EOFException();
                out.write(chunk);
                readLine(in);
            }
            return out.toByteArray();
        } catch (IOException | NumberFormatException e) {
            return body;
        }
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        String line;
        while ((line = readLine(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) h.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return h;
    }

    /** A CRLF- or LF-terminated line as ISO-8859-1 (headers are ASCII), or null at end of input. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') break;
            if (b.size() > 65536) throw new IOException("header line too long");
            b.write(c);
        }
        if (c == -1 && b.size() == 0) return null;
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long k = in.skip(left);
            if (k <= 0) {
                if (in.read() == -1) throw new EOFException();
                k = 1;
            }
            left -= k;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
