/**
 * CAMEO event coding with PLOVER types: (source, event, target) with date, place and evidence, from the
 * community's verb dictionaries. Depends on {@code text}, {@code actor}, {@code place}, {@code time} and
 * {@code quote}.
 */
package org.dateline.event;
