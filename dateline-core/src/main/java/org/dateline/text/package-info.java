/**
 * The text stage: article text cut into sentences and tokens with UTF-16 offsets ({@link org.dateline.text.Text}).
 * Depends on nothing but the JDK; every later stage depends on it.
 */
package org.dateline.text;
