/**
 * The page stage: a page as crawled (HTML or plain text) becomes a {@link org.dateline.page.Page}: title,
 * body, metadata, comments and disclosures, each apart. Depends on jsoup and the JDK only.
 */
package org.dateline.page;
