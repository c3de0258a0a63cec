package org.dateline.quote;

/**
 * Who a quote is attributed to: the mention as written beside the cue ("He", "the Russian official",
 * "who", "Yuri Ushakov") and the named person or body it was resolved to. The two differ when the mention
 * is a pronoun or a role phrase; they coincide when the cue names the speaker.
 *
 * @param name         the resolved name ("Yuri Ushakov", "a White House official")
 * @param start        offset of the named mention the name was resolved to (not the pronoun)
 * @param end          one past its end
 * @param code         CAMEO actor code, or null
 * @param role         the role or title as written ("Putin's foreign policy adviser"), or null
 * @param mentionStart offset of the mention as written beside the cue ("he", "the spokesman", "who"), or -1
 *                     when the text holds none (a speaker known only by name)
 * @param mentionEnd   one past its end, or -1
 */
public record Speaker(String name, int start, int end, String code, String role, int mentionStart, int mentionEnd) {

    /** A speaker named where the cue stands: the mention is the named span itself. */
    public Speaker(String name, int start, int end, String code, String role) {
        this(name, start, end, code, role, start, end);
    }

    /** Whether the text holds the mention as written ({@link #mentionStart()} is an offset, not -1). */
    public boolean hasMention() {
        return mentionStart >= 0 && mentionEnd >= mentionStart;
    }

    /** This speaker as mentioned at {@code [mentionStart, mentionEnd)}: same name, role and code. */
    public Speaker mentionedAt(int mentionStart, int mentionEnd) {
        return new Speaker(name, start, end, code, role, mentionStart, mentionEnd);
    }
}
