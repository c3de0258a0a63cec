/**
 * Mentions of people, organisations, countries and places, resolved to CAMEO actor codes by date with the
 * community's actor and agent dictionaries (Phoenix, plus Dateline's update file for roles after 2015).
 * {@link org.dateline.actor.EntityRecognizer} is the API; the dictionary readers and the matcher live in
 * {@code org.dateline.actor.internal}. Depends on {@code text} and the problem catalogue.
 */
package org.dateline.actor;
