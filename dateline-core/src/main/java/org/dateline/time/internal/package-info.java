/**
 * Not API. The time stage's rules: the grammar of time expressions ({@code TimexGrammar}), number words,
 * date arithmetic against the anchor, and the tense cues that decide whether "Friday" is past or ahead.
 * Depends on {@code org.dateline.text} and the JDK only.
 */
package org.dateline.time.internal;
