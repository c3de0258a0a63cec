/**
 * Time expressions found and normalised to TIMEX3 values against the story's date. Depends on {@code text}.
 */
package org.dateline.time;
