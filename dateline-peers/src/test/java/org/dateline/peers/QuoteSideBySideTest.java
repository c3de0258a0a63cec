package org.dateline.peers;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteKind;
import org.dateline.peers.QuoteSideBySide.SpeakerSpan;
import org.junit.jupiter.api.Test;

/**
 * The mapping of CoreNLP's quotes to Dateline's. CoreNLP's real quote finder runs (it needs no models);
 * the attribution it would add (which needs the parser and coreference models) is set by hand, the way
 * its QuoteAttributionAnnotator sets it: inclusive token indices into the document's tokens.
 */
class QuoteSideBySideTest {
    private static final String TEXT = "Mayor Ana Ruiz opened the rebuilt river bridge on Tuesday.\n\n"
            + "\u201CIt will cut the commute in half,\u201D she told reporters. Traffic engineers were more cautious.\n\n"
            + "The council approved the \u201Ctemporary\u201D toll last year.";

    private static Annotation quotesFound() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,quote");
        props.setProperty("quote.attributeQuotes", "false");
        Annotation doc = new Annotation(TEXT);
        new StanfordCoreNLP(props).annotate(doc);
        return doc;
    }

    private static int token(Annotation doc, String word, int occurrence) {
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        int seen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).originalText().equals(word) && seen++ == occurrence) return i;
        }
        throw new AssertionError("no token " + word);
    }

    private static void attribute(Annotation doc, CoreMap quote) {
        int she = token(doc, "she", 0);
        quote.set(QuoteAttributionAnnotator.MentionAnnotation.class, "she");
        quote.set(QuoteAttributionAnnotator.MentionBeginAnnotation.class, she);
        quote.set(QuoteAttributionAnnotator.MentionEndAnnotation.class, she);
        quote.set(QuoteAttributionAnnotator.SpeakerAnnotation.class, "Ana Ruiz");
        quote.set(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class, "Mayor Ana Ruiz");
        quote.set(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class, token(doc, "Mayor", 0));
        quote.set(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class, token(doc, "Ruiz", 0));
    }

    @Test
    void aQuoteKeepsItsMarksAndNamesTheCanonicalSpeakerAtTheNamedMention() {
        Annotation doc = quotesFound();
        List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        attribute(doc, found.get(0));

        List<Quote> quotes = QuoteSideBySide.toQuotes(doc, SpeakerSpan.CANONICAL);

        assertThat(quotes).hasSize(2);
        Quote q = quotes.get(0);
        assertThat(q.text()).isEqualTo("\u201CIt will cut the commute in half,\u201D");
        assertThat(TEXT.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.cue()).isNull();
        assertThat(q.speaker().name()).isEqualTo("Mayor Ana Ruiz");
        assertThat(TEXT.substring(q.speaker().start(), q.speaker().end())).isEqualTo("Mayor Ana Ruiz");
    }

    @Test
    void theMentionAsWrittenPointsAtThePronounButKeepsTheResolvedName() {
        Annotation doc = quotesFound();
        attribute(doc, doc.get(CoreAnnotations.QuotationsAnnotation.class).get(0));

        Quote q = QuoteSideBySide.toQuotes(doc, SpeakerSpan.AS_WRITTEN).get(0);

        assertThat(q.speaker().name()).isEqualTo("Mayor Ana Ruiz");
        assertThat(TEXT.substring(q.speaker().mentionStart(), q.speaker().mentionEnd())).isEqualTo("she");
        assertThat(TEXT.substring(q.speaker().start(), q.speaker().end())).isEqualTo("Mayor Ana Ruiz");
    }

    @Test
    void aQuoteCoreNlpCouldNotAttributeHasNoSpeaker() {
        Quote scare = QuoteSideBySide.toQuotes(quotesFound(), SpeakerSpan.CANONICAL).get(1);

        assertThat(scare.text()).isEqualTo("\u201Ctemporary\u201D");
        assertThat(scare.speaker()).isNull();
    }
}
