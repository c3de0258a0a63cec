/**
 * Mentions of people, organisations and countries, resolved to CAMEO actor codes by date with the
 * community's actor and agent dictionaries. Depends on {@code text}.
 */
package org.dateline.actor;
