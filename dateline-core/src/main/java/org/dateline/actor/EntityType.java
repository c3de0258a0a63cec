package org.dateline.actor;

import java.util.Locale;

/** What kind of thing a mention names. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, PLACE;

    /** The name used in the JSON contract. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
