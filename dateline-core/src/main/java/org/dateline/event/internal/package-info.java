/**
 * Non-API helpers of the event stage: readers for the CAMEO verb dictionary and discard list, the CAMEO
 * code book (names, PLOVER types), and the shallow syntax that finds subjects, verb groups and objects
 * without a parser. Depends on {@code org.dateline}, {@code text}, {@code actor} and the JDK.
 */
package org.dateline.event.internal;
