package org.dateline.time;

/**
 * A time expression with its TIMEX3 value, normalised against the story's date.
 *
 * @param start first UTF-16 index into the article text
 * @param end   one past the last
 * @param text  as written
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ("2022-01-09", "2021-W52", "P3D", "PRESENT_REF", "XXXX-01-09")
 */
public record TimeExpression(int start, int end, String text, String type, String value) {
}
