package org.dateline.cli;

/**
 * One unit of input, before the page stage: a file's bytes, or one JSON line's text or HTML.
 *
 * @param id        the input's id or path
 * @param bytes     raw bytes to decode (files), or null when {@code content} is given
 * @param content   decoded content (JSON lines), or null
 * @param plainText true when {@code content} is a JSON line's {@code text} (kept unchanged as the story text)
 * @param published a caller-given publication date, or null
 * @param url       a caller-given URL, or null
 * @param failure   why this input could not be read, or null (the batch reports it and goes on)
 */
record InputDocument(String id, byte[] bytes, String content, boolean plainText, String published, String url,
                     String failure) {
    static InputDocument failed(String id, String message) {
        return new InputDocument(id, null, null, false, null, null, message);
    }

    long size() {
        if (bytes != null) return bytes.length;
        return content == null ? 0 : content.length();
    }
}
