/**
 * Helpers of the page stage, not API: byte decoding, date parsing, a small JSON reader for JSON-LD, the
 * HTML metadata reader, the main-text scorer, comment and disclosure finders and the plain-text reader.
 * Depends on jsoup, the JDK and {@link org.dateline.page} records only.
 */
package org.dateline.page.internal;
