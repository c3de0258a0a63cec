package org.dateline.event;

import org.dateline.actor.Actor;

/**
 * A coded event: who did what to whom, with its evidence.
 *
 * @param code      CAMEO event code ("042", "138")
 * @param name      the CAMEO name of the code
 * @param plover    PLOVER event type ("CONSULT", "THREATEN")
 * @param source    who acts, or null when the text does not name the actor ("prisoners rioted", "a soldier
 *                  was killed"); never null under {@link EventCoder#literal()}
 * @param target    on whom, or null
 * @param date      ISO date of the event
 * @param dateBasis where the date came from: "text" (a time expression attached to it) or "story"
 * @param place     where, or null
 * @param start     evidence start (UTF-16 index into the article text)
 * @param end       evidence end
 * @param quote     index into the story's quotes when the event was coded from a quote, or null
 * @param negated   true when the text says it did not happen ("denied", "did not")
 */
public record Event(String code, String name, String plover, Actor source, Actor target, String date,
                    String dateBasis, EventPlace place, int start, int end, Integer quote, boolean negated) {

    /** Where an event took place. */
    public record EventPlace(String name, String country) {
    }
}
