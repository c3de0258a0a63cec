package org.dateline.store.source;

/**
 * One page taken out of a container.
 *
 * @param id        where it came from ({@code file.warc.gz#3}, {@code feed.xml#item2})
 * @param url       the page's URL as the container gives it, or null
 * @param published ISO date-time the container gives (a feed item's date), or null
 * @param bytes     the page as bytes (charset left to the page stage), or null when {@code html} is given
 * @param html      the page as a string, or null
 * @param failure   why the record could not be read, or null
 */
public record SourceRecord(String id, String url, String published, byte[] bytes, String html, String failure) {
    static SourceRecord failed(String id, String why) {
        return new SourceRecord(id, null, null, null, null, why);
    }
}
