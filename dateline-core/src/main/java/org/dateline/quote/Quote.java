package org.dateline.quote;

/**
 * A quote or a piece of reported speech.
 *
 * @param start   first UTF-16 index of the content in the article text
 * @param end     one past the last
 * @param text    the content, {@code text.substring(start, end)}
 * @param kind    direct, indirect or mixed
 * @param cue     the cue word as written ("said", "pointed out", "according to"), or null
 * @param speaker who said it, or null when the text does not tell
 */
public record Quote(int start, int end, String text, QuoteKind kind, String cue, Speaker speaker) {
}
