/**
 * Non-API helpers of the quote stage: quotation-mark pairing, the cue lexicon, speaker noun phrases and
 * their resolution. Depends on {@code text} and {@code actor}; nothing outside {@code org.dateline.quote}
 * may depend on it.
 */
package org.dateline.quote.internal;
