package org.dateline.actor;

/**
 * A coded actor: a CAMEO actor code ("RUSGOV", "USA", "IGOEUREEC") and the name it was resolved from.
 */
public record Actor(String code, String name) {
}
