/**
 * CAMEO event coding with PLOVER types: (source, event, target) with date, place and evidence, from the
 * community's verb dictionary and a shallow syntax of our own (no parser). {@link org.dateline.event.EventCoder}
 * is the API; dictionary readers, the code book and the sentence coder live in
 * {@code org.dateline.event.internal}. Depends on {@code text}, {@code actor}, {@code place}, {@code time}
 * and {@code quote}.
 */
package org.dateline.event;
