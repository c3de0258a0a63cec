/**
 * Time expressions found and normalised to TIMEX3 values against the story's date: {@link
 * org.dateline.time.TimeTagger} finds dates, clock times, durations, sets and vague references ("recently")
 * and returns {@link org.dateline.time.TimeExpression}s with offsets into the article text. The rules live
 * in {@code org.dateline.time.internal}. Depends on {@code text} and the JDK only.
 */
package org.dateline.time;
