package org.dateline.store.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
    static final String ARTICLE = "<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends"
            + "</h1><p>Dock workers in Rotterdam returned to work on Friday after a four-day strike over pay, the union "
            + "said.</p><p>\"We won what we came for,\" said the union's spokeswoman.</p></article></body></html>";

    /** A WARC record; each is written as its own gzip member when {@code gzip} is set, as crawlers do. */
    static byte[] record(String type, String uri, String contentType, byte[] block, boolean gzip) throws IOException {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2022-01-10T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        r.write(head.getBytes(StandardCharsets.ISO_8859_1));
        r.write(block);
        r.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (!gzip) return r.toByteArray();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(z)) {
            g.write(r.toByteArray());
        }
        return z.toByteArray();
    }

    static byte[] http(String status, String headers, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    /** warcinfo, request, a chunked HTML response, a gzip-coded HTML response, a redirect, an image. */
    static byte[] sampleWarc(boolean gzip) throws IOException {
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        byte[] html = ARTICLE.getBytes(StandardCharsets.UTF_8);
        w.write(record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8), gzip));
        w.write(record("request", "https://port.example.com/strike", "application/http; msgtype=request",
                "GET /strike HTTP/1.1\r\nHost: port.example.com\r\n\r\n".getBytes(StandardCharsets.UTF_8), gzip));
        String chunked = Integer.toHexString(100) + "\r\n" + ARTICLE.substring(0, 100) + "\r\n"
                + Integer.toHexString(html.length - 100) + "\r\n" + ARTICLE.substring(100) + "\r\n0\r\n\r\n";
        w.write(record("response", "https://port.example.com/strike", "application/http; msgtype=response",
                http("200 OK", "Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n",
                        chunked.getBytes(StandardCharsets.UTF_8)), gzip));
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(z)) {
            g.write(ARTICLE.replace("Rotterdam", "Antwerp").getBytes(StandardCharsets.UTF_8));
        }
        w.write(record("response", "https://port.example.com/antwerp", "application/http; msgtype=response",
                http("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", z.toByteArray()), gzip));
        w.write(record("response", "https://port.example.com/old", "application/http; msgtype=response",
                http("301 Moved Permanently", "Location: /strike\r\n", new byte[0]), gzip));
        w.write(record("response", "https://port.example.com/logo.png", "application/http; msgtype=response",
                http("200 OK", "Content-Type: image/png\r\n", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), gzip));
        return w.toByteArray();
    }

    private static List<SourceRecord> readAll(byte[] warc) throws IOException {
        List<SourceRecord> out = new ArrayList<>();
        try (WarcReader r = new WarcReader("t.warc", new ByteArrayInputStream(warc))) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void keepsHtmlResponsesAndUndoesTransferAndContentCoding() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            List<SourceRecord> pages = readAll(sampleWarc(gzip));
            assertThat(pages).extracting(SourceRecord::url)
                    .containsExactly("https://port.example.com/strike", "https://port.example.com/antwerp");
            assertThat(pages).allSatisfy(p -> assertThat(p.failure()).isNull());
            assertThat(new String(pages.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
            assertThat(new String(pages.get(1).bytes(), StandardCharsets.UTF_8)).contains("Antwerp").startsWith("<html>");
        }
    }

    @Test
    void aTruncatedFileEndsWithAFailedRecordNotAnException() throws IOException {
        byte[] warc = sampleWarc(false);
        byte[] cut = java.util.Arrays.copyOf(warc, warc.length - 10);
        List<SourceRecord> out = readAll(cut);
        assertThat(out.get(out.size() - 1).failure()).contains("ends inside a record");
        assertThat(readAll("not a warc at all\n".getBytes(StandardCharsets.UTF_8)).get(0).failure()).contains("not a WARC record");
    }
}
