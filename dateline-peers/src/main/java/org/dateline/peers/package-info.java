/**
 * Peer systems run side by side with Dateline on the same gold data and scored by the same code. Bench
 * scope only: this module is never shipped (Stanford CoreNLP is GPL) and builds only with {@code -Ppeers}.
 */
package org.dateline.peers;
