/**
 * Direct and reported speech, each attributed to its speaker through names, appositions, pronouns and
 * role phrases. {@link org.dateline.quote.QuoteExtractor} is the entry point; the records are
 * {@link org.dateline.quote.Quote} and {@link org.dateline.quote.Speaker}. Depends on {@code text} and
 * {@code actor}; the helpers live in {@code org.dateline.quote.internal}, the cue lexicon and the
 * PolNeAR-trained weights in the resources beside this package.
 */
package org.dateline.quote;
