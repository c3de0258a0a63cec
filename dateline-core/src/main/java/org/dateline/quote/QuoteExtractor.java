package org.dateline.quote;

import java.util.List;
import org.dateline.actor.Entity;
import org.dateline.quote.internal.Attributor;
import org.dateline.quote.internal.CueLexicon;
import org.dateline.text.Text;

/**
 * Finds direct and reported speech and attributes each to its speaker.
 *
 * <p>Direct quotes in straight or curly double quotes, guillemets or single quotes (a paragraph opening
 * with a quote mark continues an unclosed quote); reported speech from a lexicon of cue verbs ("said that",
 * "pointed out that", "according to", ", she added."); partial quotes inside reported speech give a
 * {@link QuoteKind#MIXED} quote; transcript turns ("PENCE: ...") and quotes signed after a dash take the tag
 * or the signature as speaker. A sentence no cue rule reads is still read as reported speech, belief or intent
 * when a sentence model trained on PolNeAR's training split is sure enough of it ("X urged ...", "X wants
 * ...") and the sentence has a verb or speech-noun cue and a source that can speak (a person, a body, a
 * pronoun, a role or a report; not "the talks ... kick off"); that source is the possessor of a speech noun
 * ("Trump's claim"), else the main clause's subject, else a relative "who" 's antecedent. Speakers are the
 * names next to the cue, with their apposition as role; pronouns and role phrases ("the official") point
 * back to the last compatible person named. Each {@link Speaker} keeps both the mention as written beside
 * the cue ("he", "the official", "who") and the named mention it was resolved to. Thread-safe.
 */
public final class QuoteExtractor {
    private final CueLexicon lexicon;

    private QuoteExtractor(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static QuoteExtractor builtIn() {
        return new QuoteExtractor(CueLexicon.builtIn());
    }

    /** The quotes in {@code text}, in text order, speakers resolved through the entities where possible. */
    public List<Quote> extract(Text text, List<Entity> entities) {
        if (text == null || text.tokens().isEmpty()) return List.of();
        return List.copyOf(new Attributor(text, entities, lexicon).extract());
    }
}
