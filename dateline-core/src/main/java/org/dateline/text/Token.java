package org.dateline.text;

/**
 * A token: {@code [start, end)} in the article text, with what the tokenizer knows of it.
 *
 * @param start    first UTF-16 index
 * @param end      one past the last
 * @param text     {@code articleText.substring(start, end)}
 * @param sentence index of its sentence
 */
public record Token(int start, int end, String text, int sentence) {
}
