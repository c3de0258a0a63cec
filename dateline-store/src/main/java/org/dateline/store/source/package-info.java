/**
 * Readers for the containers pages arrive in besides plain files: WARC archives (the crawlers' format) and
 * RSS/Atom feeds. Each yields {@link org.dateline.store.source.SourceRecord}s lazily, one page at a time, and
 * turns a broken record into a failed record rather than an exception. Depends on the JDK and jsoup (for
 * feed XML) only.
 */
package org.dateline.store.source;
