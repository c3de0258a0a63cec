package org.dateline.quote;

/**
 * Who a quote is attributed to.
 *
 * @param name  the resolved name ("Yuri Ushakov", "a White House official")
 * @param start offset of the mention the name was resolved from (the named mention, not the pronoun)
 * @param end   one past its end
 * @param code  CAMEO actor code, or null
 * @param role  the role or title as written ("Putin's foreign policy adviser"), or null
 */
public record Speaker(String name, int start, int end, String code, String role) {
}
