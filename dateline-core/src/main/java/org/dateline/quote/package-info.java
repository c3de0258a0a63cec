/**
 * Direct and reported speech, each attributed to its speaker through names, appositions, pronouns and
 * role phrases. Depends on {@code text} and {@code actor}.
 */
package org.dateline.quote;
