/**
 * Non-API helpers of the actor stage: readers for the CAMEO/PETRARCH actor and agent dictionaries, the
 * phrase trie they are stored in, and word normalisation. Depends on {@code org.dateline} (the problem
 * catalogue) and the JDK only.
 */
package org.dateline.actor.internal;
