package org.dateline.quote.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityType;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteKind;
import org.dateline.quote.Speaker;
import org.dateline.text.Sentence;
import org.dateline.text.Text;
import org.dateline.text.Token;

/**
 * Finds the quotes of one text and their speakers. One instance per call: it holds the text's quote
 * marks, the tokens already used as cues, and the people named so far.
 *
 * <p>Order of work: quoted spans are attributed first (cue and speaker right after the closing mark or
 * right before the opening one); then reported speech is read off the cue lexicon sentence by sentence
 * (partial quotes inside it make it MIXED); then every candidate's speaker phrase is resolved in text
 * order, so pronouns and role phrases can point back to the people named before them.
 */
public final class Attributor {
    private static final int MAX_NP = 8;

    private final String s;
    private final List<Token> toks;
    private final List<Sentence> sentences;
    private final List<Entity> entities;
    private final CueLexicon lexicon;
    private final List<QuoteMarks.Span> spans;
    private final boolean[] cueUsed;
    private final boolean[] spanUsed;
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Mentions mentions;

    /** A speaker phrase as found: token range, what kind, and the part that is a name. */
    record Np(int first, int last, Kind kind, int nameFirst, int nameLast, String role, int relative) {
        enum Kind { NAME, PRONOUN, PHRASE }

        Np(int first, int last, Kind kind, int nameFirst, int nameLast, String role) {
            this(first, last, kind, nameFirst, nameLast, role, -1);
        }
    }
    // relative: the token of a "who", "which" or "that" written beside the cue for this phrase, or -1.

    /** A quote before its speaker phrase is resolved. */
    private record Candidate(int start, int end, QuoteKind kind, String cue, Np np, int order) {
    }

    private final SentenceModel model;
    private final double threshold;

    public Attributor(Text text, List<Entity> entities, CueLexicon lexicon) {
        this(text, entities, lexicon, SentenceModel.builtIn(), SentenceModel.builtIn().threshold());
    }

    /** With another sentence model or threshold (training; null model: rules only). */
    public Attributor(Text text, List<Entity> entities, CueLexicon lexicon, SentenceModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
        this.s = text.text();
        this.toks = text.tokens();
        this.sentences = text.sentences();
        this.entities = entities == null ? List.of() : entities;
        this.lexicon = lexicon;
        this.spans = QuoteMarks.find(s);
        this.cueUsed = new boolean[toks.size()];
        this.spanUsed = new boolean[spans.size()];
        this.sentenceFirst = new int[sentences.size()];
        this.sentenceEnd = new int[sentences.size()];
        java.util.Arrays.fill(sentenceFirst, -1);
        for (int i = 0; i < toks.size(); i++) {
            int si = toks.get(i).sentence();
            if (si < 0 || si >= sentences.size()) continue;
            if (sentenceFirst[si] < 0) sentenceFirst[si] = i;
            sentenceEnd[si] = i + 1;
        }
        this.mentions = new Mentions(s, toks, this.entities, this::inQuote);
    }

    public List<Quote> extract() {
        findByRules();
        List<Residual> residual = residualSentences();
        for (Residual r : residual) {
            if (model == null) continue;
            double p = model.probability(r.features());
            if (p >= threshold) weakReading(r.sentence());
        }
        return resolve();
    }

    private boolean rulesDone;

    private void findByRules() {
        if (rulesDone) return;
        rulesDone = true;
        for (int q = 0; q < spans.size(); q++) attributeQuoted(q);
        for (int si = 0; si < sentences.size(); si++) reportedSpeech(si, false);
        for (int si = 0; si < sentences.size(); si++) reportedSpeech(si, true);
        leftoverQuotes();
    }

    /** A sentence no rule read as speech: its span and the features the sentence model scores. */
    public record Residual(int sentence, int start, int end, java.util.Set<String> features) {
    }

    /**
     * The sentences the rules left unread, with their sentence-model features (the rules run first; all
     * features are taken before any weak reading is added, as in training).
     */
    public List<Residual> residualSentences() {
        findByRules();
        List<Residual> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            int first = sentenceFirst[si];
            if (first < 0) continue;
            int end = sentenceEnd[si];
            int a = toks.get(first).start();
            int b = toks.get(end - 1).end();
            if (overlapsCandidate(a, b)) continue;
            out.add(new Residual(si, a, b, SentenceModel.features(toks, first, end, lexicon, context(si))));
        }
        return out;
    }

    private SentenceModel.Context context(int si) {
        int first = sentenceFirst[si];
        int a = toks.get(first).start();
        boolean paragraphStart = first == 0 || lineBreakBetween(toks.get(first - 1).end(), a);
        boolean prevReported = false;
        boolean prevDirect = false;
        boolean nextReported = false;
        int p = si - 1;
        while (p >= 0 && sentenceFirst[p] < 0) p--;
        if (p >= 0) {
            int pa = toks.get(sentenceFirst[p]).start();
            int pb = toks.get(sentenceEnd[p] - 1).end();
            for (Candidate c : candidates) {
                if (c.start() < pb && pa < c.end()) {
                    prevReported = true;
                    prevDirect |= c.kind() == QuoteKind.DIRECT;
                }
            }
        }
        int n = si + 1;
        while (n < sentences.size() && sentenceFirst[n] < 0) n++;
        if (n < sentences.size()) {
            int na = toks.get(sentenceFirst[n]).start();
            int nb = toks.get(sentenceEnd[n] - 1).end();
            nextReported = overlapsCandidate(na, nb);
        }
        return new SentenceModel.Context(si == 0, paragraphStart, prevReported, prevDirect, nextReported, inQuote(a));
    }

    // ---------------------------------------------------------------- quoted spans

    private void attributeQuoted(int q) {
        QuoteMarks.Span span = spans.get(q);
        int closeTok = firstTokenAtOrAfter(span.end());
        int openTok = lastTokenBefore(span.open());
        boolean partial = partial(span, openTok);
        // A transcript turn in quotes: "\"PENCE: Well, ..." - the tag names the speaker.
        int tagged = partial ? -1 : transcriptTag(span);
        if (tagged >= 0 && transcriptTurns(span, tagged, q)) {
            spanUsed[q] = true;
            return;
        }
        // A dash and a name after it: "“...” ― Adriana Rodarte" (readers' voices, epigraphs, posts).
        Np signed = partial ? null : dashSignature(closeTok, span.end());
        if (signed != null) {
            addCandidate(span.contentStart(), trimEnd(span.contentEnd()), QuoteKind.DIRECT, new Found(null, signed), q);
            spanUsed[q] = true;
            return;
        }
        // After the closing mark: ", Ushakov said", "said Ushakov", "he added", "according to X".
        Found after = cueAndSpeakerForward(closeTok, span.end());
        if (after != null) {
            markCue(after.cue);
            clauseAfterCue(after);
            if (partial) {
                int start = clauseStart(span.open());
                addCandidate(start, trimEnd(span.contentEnd()), QuoteKind.MIXED, after, q);
                markSpansWithin(start, span.end());
            } else {
                addCandidate(span.contentStart(), trimEnd(span.contentEnd()), QuoteKind.DIRECT, after, q);
            }
            spanUsed[q] = true;
            return;
        }
        // Before the opening mark: "Ushakov said:", "he told reporters, ", "she added that".
        if (partial) return;
        Found before = cueAndSpeakerBackward(openTok, span.open());
        if (before != null) {
            markCue(before.cue);
            addCandidate(span.contentStart(), trimEnd(span.contentEnd()), QuoteKind.DIRECT, before, q);
            spanUsed[q] = true;
        }
    }

    /** "“...,” she said, adding that ..." or "“...” he said the talks would go on": speech after the cue too. */
    private void clauseAfterCue(Found f) {
        int c = Math.max(f.cue().last(), f.np().last()) + 1;
        int si = toks.get(f.cue().last()).sentence();
        if (si < 0 || si >= sentenceEnd.length) return;
        int end = sentenceEnd[si];
        if (c >= end || inQuote(toks.get(c).start())) return;
        if (toks.get(c).text().equals(",")) return; // ", adding that" is read as its own cue
        int that = findThat(c, end);
        int start = that >= 0 ? that + 1 : startsClause(c) && f.cue().type() != CueLexicon.Type.THAT ? c : -1;
        if (start < 0 || start >= end || countWords(toks.get(start).start(), toks.get(end - 1).end()) < 4) return;
        addReported(toks.get(start).start(), toks.get(end - 1).end(), f.cue(), f.np());
    }

    /** The speaker tag opening the paragraph of token {@code i} ("PENCE:", "\"WALLACE:"), or null. */
    private Np paragraphTag(int i) {
        int p = i;
        while (p > 0 && !lineBreakBetween(toks.get(p - 1).end(), toks.get(p).start())) p--;
        String t = toks.get(p).text();
        if (!t.isEmpty() && (QuoteMarks.isDouble(t.charAt(0)) || t.equals("''"))) p++;
        int k = p;
        while (k < toks.size() && k - p < 4 && (Words.capitalised(toks.get(k).text()) || toks.get(k).text().equals("."))) k++;
        if (k == p || k >= toks.size() || !toks.get(k).text().equals(":")) return null;
        String name = s.substring(toks.get(p).start(), toks.get(k - 1).end());
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.length() < 2) return null;
        if (NOT_COLON_SPEAKERS.contains(Words.lower(toks.get(p).text()))) return null;
        return classify(p, k - 1);
    }

    /**
     * The turns of a quoted transcript, one paragraph each ("\"PENCE: ...", "\"WALLACE: ..."): a paragraph
     * opening with a tag starts a turn, one without goes on with the turn before.
     */
    private boolean transcriptTurns(QuoteMarks.Span span, int tagged, int q) {
        int startTok = firstTokenAtOrAfter(span.contentStart());
        Np np = classify(startTok, tagged - 1);
        if (np == null) return false;
        int contentStart = tagged + 1;
        int k = tagged;
        boolean any = false;
        while (k >= 0 && k < toks.size() && toks.get(k).start() < span.contentEnd()) {
            int limit = paragraphLimit(k);
            int next = limit < toks.size() && toks.get(limit).start() < span.contentEnd() ? limit : -1;
            Np nextTag = next >= 0 ? paragraphTag(next) : null;
            if (next < 0 || nextTag != null) {
                int end = Math.min(span.contentEnd(), toks.get(limit - 1).end());
                if (contentStart < limit) {
                    CueLexicon.Match colon = new CueLexicon.Match(contentStart - 1, contentStart - 1, CueLexicon.Type.SAY);
                    addCandidate(toks.get(contentStart).start(), trimEnd(end), QuoteKind.DIRECT, new Found(colon, np), q);
                    any = true;
                }
                if (next < 0) break;
                np = nextTag;
                contentStart = nextTag.last() + 2; // past the colon
            }
            k = next;
        }
        return any;
    }

    /** The colon token of a speaker tag opening a quote ("PENCE:", "MR. SMITH:"), or -1. */
    private int transcriptTag(QuoteMarks.Span span) {
        int first = firstTokenAtOrAfter(span.contentStart());
        if (first < 0) return -1;
        int k = first;
        while (k < toks.size() && k - first < 4 && toks.get(k).start() < span.contentEnd()
                && (Words.capitalised(toks.get(k).text()) || toks.get(k).text().equals("."))) k++;
        if (k == first || k >= toks.size() || !toks.get(k).text().equals(":")) return -1;
        String name = s.substring(toks.get(first).start(), toks.get(k - 1).end());
        // Transcripts write the speaker in capitals; a mixed-case "Note:" or "Update:" is no speaker.
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.length() < 2) return -1;
        if (NOT_COLON_SPEAKERS.contains(Words.lower(toks.get(first).text()))) return -1;
        return k;
    }

    /** The name signing a quote after a dash, running to the end of its line or a bracket. */
    private Np dashSignature(int i, int from) {
        if (i < 0 || i + 1 >= toks.size() || lineBreakBetween(from, toks.get(i).start())) return null;
        String d = toks.get(i).text();
        if (!(d.equals("\u2014") || d.equals("\u2015") || d.equals("\u2013") || d.equals("-") || d.equals("--"))) return null;
        int limit = paragraphLimit(i);
        Np np = npForward(i + 1, limit);
        if (np == null || np.kind() != Np.Kind.NAME) return null;
        int k = np.last() + 1;
        if (k < limit && !(toks.get(k).text().equals("(") || toks.get(k).text().equals(",") || isStop(k))) return null;
        return np;
    }

    /** A quote that begins mid-sentence with lower-case words is a fragment of someone's reported speech. */
    private boolean partial(QuoteMarks.Span span, int openTok) {
        if (openTok < 0 || lineBreakBetween(toks.get(openTok).end(), span.open())) return false;
        String prev = toks.get(openTok).text();
        if (prev.equals(":")) return false;
        char first = s.charAt(span.contentStart());
        if (Character.isLowerCase(first)) return true;
        // A few words mid-sentence with the sentence going on after them: a fragment ("Says 'Pleased' With").
        int next = firstTokenAtOrAfter(span.end());
        boolean continues = next >= 0 && !lineBreakBetween(span.end(), toks.get(next).start())
                && Words.word(toks.get(next).text()) && lexicon.match(toks, next, next + 1) == null;
        return Words.word(prev) && continues && countWords(span.contentStart(), span.contentEnd()) <= 3;
    }

    private record Found(CueLexicon.Match cue, Np np) {
    }

    private Found cueAndSpeakerForward(int i, int from) {
        if (i < 0 || i >= toks.size() || lineBreakBetween(from, toks.get(i).start())) return null;
        // A quote closed by a full stop ends its sentence: "... in the neighborhood." Russia insisted that ...
        // starts another one, whose speaker is not this quote's.
        if (endsWithFullStop(from) && Words.capitalised(toks.get(i).text())) return null;
        if (toks.get(i).text().equals(",")) i++;
        if (i >= toks.size()) return null;
        int limit = paragraphLimit(i);
        // cue first: "said Ushakov", "according to the Kremlin"
        CueLexicon.Match m = lexicon.match(toks, i, limit);
        if (m != null) {
            Np np = npForward(m.last() + 1, limit);
            if (np != null) return new Found(m, withAppositionAfter(np, limit));
            return null;
        }
        Np np = npForward(i, limit);
        if (np == null) return null;
        int j = skipParenthesis(np.last() + 1, limit); // "Sen. Claire McCaskill (D-Mo.) said"
        String role = null;
        if (j < limit && toks.get(j).text().equals(",")) {
            // "Yuri Ushakov, Putin's foreign policy adviser, said"; the apposition may run over a few commas
            // ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said").
            int k = j + 1;
            int segmentStart = k;
            for (int segment = 1; ; segment++) {
                while (k < limit && k < segmentStart + 24 && !toks.get(k).text().equals(",") && !sentenceStop(k)) k++;
                if (!(k < limit && toks.get(k).text().equals(",") && k > segmentStart)) return null;
                int next = skipBetween(k + 1, limit);
                if (segment == 3 || next < limit && lexicon.match(toks, next, limit) != null) break;
                segmentStart = k + 1;
                k = segmentStart;
            }
            role = join(j + 1, k - 1);
            j = k + 1;
        }
        j = skipBetween(j, limit);
        if (j >= limit) return null;
        m = lexicon.match(toks, j, limit);
        if (m == null || m.type() == CueLexicon.Type.ACCORDING) return null;
        if (role != null) np = new Np(np.first(), np.last(), np.kind(), np.nameFirst(), np.nameLast(), role);
        return new Found(m, np);
    }


    /** Whether the quote closing just before {@code end} ends on a full stop inside its marks. */
    private boolean endsWithFullStop(int end) {
        int k = end - 1;
        while (k > 0 && (QuoteMarks.isDouble(s.charAt(k)) || QuoteMarks.isSingle(s.charAt(k)))) k--;
        return k >= 0 && s.charAt(k) == '.';
    }

    private Np withAppositionAfter(Np np, int limit) {
        int j = np.last() + 1;
        if (np.kind() != Np.Kind.NAME || j >= limit || !toks.get(j).text().equals(",")) return np;
        int k = j + 1;
        while (k < limit && k < j + 16 && !isPunct(k)) k++;
        if (k > j + 1 && k <= limit && (k == limit || isStop(k) || toks.get(k).text().equals(","))) {
            String role = join(j + 1, k - 1);
            if (Character.isLowerCase(role.charAt(0)) || role.contains("\u2019s") || role.contains("'s")
                    || Words.TITLES.contains(Words.lower(toks.get(j + 1).text()))) {
                return new Np(np.first(), np.last(), np.kind(), np.nameFirst(), np.nameLast(), role);
            }
        }
        return np;
    }

    private Found cueAndSpeakerBackward(int j, int openPos) {
        if (j < 0) return null;
        String last = toks.get(j).text();
        boolean colonAcrossLine = last.equals(":") && lineBreakBetween(toks.get(j).end(), openPos);
        if (lineBreakBetween(toks.get(j).end(), openPos) && !colonAcrossLine) return null;
        if (!(last.equals(":") || last.equals(",") || Words.lower(last).equals("that")
                || lexicon.match(toks, j, j + 1) != null)) return null;
        int floor = Math.max(0, j - 12);
        for (int c = j; c >= floor; c--) {
            if (inQuote(toks.get(c).start()) || (c < j && isStop(c))) break;
            if (cueUsed[c]) continue;
            CueLexicon.Match m = lexicon.match(toks, c, j + 1);
            if (m == null) continue;
            if (m.type() == CueLexicon.Type.ACCORDING) {
                Np np = npForward(m.last() + 1, j + 1);
                if (np != null) return new Found(m, np);
                continue;
            }
            Np np = npBackward(skipBetweenBack(c - 1));
            if (np == null && c > 0 && toks.get(c - 1).text().equals(",") && m.type() != CueLexicon.Type.TELL) {
                np = sentenceSubject(c);
            }
            if (np != null) return new Found(m, np);
        }
        return null;
    }

    // ---------------------------------------------------------------- reported speech

    /** Reported speech in sentence {@code si}: curated cues first; learned cues only where none spoke. */
    private void reportedSpeech(int si, boolean learnedCues) {
        int first = sentenceFirst[si];
        if (first < 0) return;
        int end = sentenceEnd[si];
        if (learnedCues && overlapsCandidate(toks.get(first).start(), toks.get(end - 1).end())) return;
        if (!learnedCues && nameColon(first, end)) return;
        for (int i = first; i < end; i++) {
            if (cueUsed[i] || inQuote(toks.get(i).start())) continue;
            CueLexicon.Match m = lexicon.match(toks, i, end);
            if (m == null || (m.type() == CueLexicon.Type.LEARNED) != learnedCues) continue;
            if (reported(m, first, end)) {
                markCue(m);
                i = m.last();
            }
        }
    }

    private static final java.util.Set<String> NOT_COLON_SPEAKERS = java.util.Set.of("read", "more", "note",
            "update", "updated", "photo", "photos", "video", "watch", "source", "sources", "related", "editor",
            "correction", "clarification", "corrections", "disclosure", "disclaimer", "advertisement", "see", "also", "listen", "click", "subscribe", "follow", "share",
            "tags", "filed", "posted", "published", "by", "q", "a", "question", "answer", "warning", "breaking",
            "exclusive", "analysis", "opinion", "live", "poll", "polls", "report", "reports", "step", "part");

    /**
     * "PENCE: Well, ..." (a transcript) or "Ushakov: talks went well" (a headline): a name of at most four
     * capitalised words opening the sentence, then a colon, then what was said.
     */
    private boolean nameColon(int first, int end) {
        String lead = toks.get(first).text();
        // A transcript paragraph may open with a quote mark that another quote took as its closing one.
        if (!lead.isEmpty() && (QuoteMarks.isDouble(lead.charAt(0)) || lead.equals("''")) && first + 1 < end
                && paragraphTag(first + 1) != null) first++;
        int k = first;
        while (k < end && k - first < 4 && Words.capitalised(toks.get(k).text())) k++;
        if (k == first || k >= end - 3 || !toks.get(k).text().equals(":")) return false;
        if (inQuote(toks.get(first).start())) return false;
        String w = Words.lower(toks.get(first).text());
        if (NOT_COLON_SPEAKERS.contains(w) || Words.NOT_NAMES.contains(toks.get(first).text())
                || Words.NOT_SPEAKERS.contains(toks.get(first).text())) return false;
        Np np = classify(first, k - 1);
        if (np == null) return false;
        CueLexicon.Match colon = new CueLexicon.Match(k, k, CueLexicon.Type.SAY);
        // A transcript turn runs to the end of its paragraph, over all its sentences.
        int turnEnd = paragraphLimit(k);
        return addReported(toks.get(k + 1).start(), toks.get(Math.max(end, turnEnd) - 1).end(), colon, np);
    }

    private boolean reported(CueLexicon.Match m, int first, int end) {
        if (m.type() == CueLexicon.Type.ACCORDING) return according(m, first, end);
        int after = m.last() + 1;
        Np np = npBackward(skipBetweenBack(m.first() - 1));
        if (np != null && np.kind() == Np.Kind.PHRASE && TIME_HEADS.contains(Words.lower(toks.get(np.last()).text()))) {
            // "Wells Fargo just this month announced": the time phrase stands between the speaker and the cue.
            np = np.first() > 0 ? npBackward(skipBetweenBack(np.first() - 1)) : null;
        }
        np = withCoordinateBefore(np, first);
        boolean participle = toks.get(m.first()).text().endsWith("ing");
        if (np == null && participle && m.first() > first && toks.get(m.first() - 1).text().equals(",")) {
            np = sentenceSubject(m.first()); // "Moscow has dismissed it, insisting that ..."
            if (np == null) np = speakerBefore(m.first()); // "“...,” she said, adding that ..."
        }
        if (np != null) {
            // Subject first: "Ushakov pointed out that ...", "X told Y that ...", "X said the talks ...".
            int c = after;
            if (m.type() == CueLexicon.Type.TELL && c < end && !toks.get(c).text().equals("that")
                    && !toks.get(c).text().equals(":")) {
                Np object = npForward(c, end);
                if (object != null) c = object.last() + 1;
            }
            int that = findThat(c, end);
            int contentStart;
            if (that >= 0) {
                contentStart = that + 1;
            } else if (c < end && toks.get(c).text().equals(":")) {
                contentStart = c + 1;
            } else if ((m.type() == CueLexicon.Type.SAY || m.type() == CueLexicon.Type.THINK
                    || m.type() == CueLexicon.Type.TELL) && c < end && startsClause(c)) {
                contentStart = c;
            } else if ((m.type() == CueLexicon.Type.LEARNED || m.type() == CueLexicon.Type.THAT
                    || m.type() == CueLexicon.Type.TELL) && c + 2 < end && !isPunct(c)
                    && countWords(toks.get(c).start(), toks.get(end - 1).end()) >= 3) {
                // What a stance verb reports may be a bare clause or its object ("denied the charges").
                contentStart = c;
            } else {
                return postposed(m, np, first, end);
            }
            int contentEnd = end;
            if (contentEnd - contentStart < 2) return postposed(m, np, first, end);
            return addReported(toks.get(contentStart).start(), toks.get(contentEnd - 1).end(), m, np);
        }
        // Inverted: "..., said Ushakov." / "..., added the official."
        if (m.first() - 2 >= first && toks.get(m.first() - 1).text().equals(",")) {
            Np after2 = npForward(after, end);
            if (after2 != null) {
                after2 = withAppositionAfter(after2, end);
                int k = after2.last() + 1;
                if (k >= end || isPunct(k)) {
                    return addReported(toks.get(first).start(), toks.get(m.first() - 2).end(), m, after2);
                }
            }
        }
        return false;
    }

    /**
     * "The US and its allies have warned ...": a subject coordinated with "and" from the sentence's start
     * speaks as a whole, not only its last part.
     */
    private Np withCoordinateBefore(Np np, int first) {
        if (np == null || np.first() - 2 < first || !toks.get(np.first() - 1).text().equals("and")) return np;
        Np before = npBackward(np.first() - 2);
        if (before == null || before.first() != first || !speaks(before)) return np;
        return new Np(before.first(), np.last(), Np.Kind.PHRASE, before.first(), np.last(), null);
    }

    /** ", Ushakov said." after the content: the content runs from the sentence start to the comma. */
    private boolean postposed(CueLexicon.Match m, Np np, int first, int end) {
        // "..., attorneys for the family said.": the phrase the prepositional phrase hangs on.
        if (np.first() >= 2 && ATTACHING.contains(Words.lower(toks.get(np.first() - 1).text()))) {
            Np head = npBackward(np.first() - 2);
            if (head != null && head.first() > first && toks.get(head.first() - 1).text().equals(",")) {
                np = new Np(head.first(), np.last(), Np.Kind.PHRASE, head.first(), np.last(), null);
            }
        }
        int comma = np.first() - 1;
        // "..., as police have said."
        if (comma > first && Words.lower(toks.get(comma).text()).equals("as")) comma--;
        if (comma <= first || !toks.get(comma).text().equals(",")) return false;
        int k = skipAdjuncts(m.last() + 1, end);
        if (k < end && !isPunct(k)) return false;
        return addReported(toks.get(first).start(), toks.get(comma - 1).end(), m, np);
    }

    private boolean according(CueLexicon.Match m, int first, int end) {
        Np np = npForward(m.last() + 1, end);
        if (np == null) return false;
        np = withAppositionAfter(np, end);
        int k = np.last() + 1;
        if (k < end && toks.get(k).text().equals(",") && k + 3 < end
                && (m.first() == first || m.first() - first < 3 || isIntroEnd(m.first() - 1) && m.first() - first < 3)) {
            // "According to X, CONTENT."
            return addReported(toks.get(k + 1).start(), toks.get(end - 1).end(), m, np);
        }
        if (m.first() == first) return false;
        int cEnd = m.first() - 1;
        if (toks.get(cEnd).text().equals(",")) cEnd--;
        if (cEnd <= first) return false;
        return addReported(toks.get(first).start(), toks.get(cEnd).end(), m, np);
    }

    private boolean isIntroEnd(int i) {
        String t = toks.get(i).text();
        return t.equals(",") || QuoteMarks.isDouble(t.charAt(0));
    }

    private boolean addReported(int start, int end, CueLexicon.Match m, Np np) {
        start = trimStart(start);
        end = trimEnd(end);
        if (end - start < 3) return false;
        // A content that is one already-attributed quote was handled with the quote.
        for (int q = 0; q < spans.size(); q++) {
            QuoteMarks.Span sp = spans.get(q);
            if (spanUsed[q] && sp.contentStart() <= start + 2 && sp.contentEnd() >= end - 2) return false;
        }
        boolean mixed = false;
        for (int q = 0; q < spans.size(); q++) {
            QuoteMarks.Span sp = spans.get(q);
            if (sp.open() >= start && sp.open() < end) {
                mixed = true;
                if (sp.end() > end && sp.end() - end < 3) end = trimEnd(sp.end());
                spanUsed[q] = true;
            }
        }
        addCandidate(start, end, mixed ? QuoteKind.MIXED : QuoteKind.INDIRECT, new Found(m, np), -1);
        return true;
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("are", "is", "was", "were", "has",
            "have", "had", "will", "would", "can", "could", "should", "may", "might", "must");


    /** The most cue-like word of a sentence; function words only when {@code anyWord}. */
    private int weakCueWord(int first, int end, boolean anyWord) {
        int best = -1;
        double bestShare = 0.1;
        for (int i = first; i < end; i++) {
            Token t = toks.get(i);
            if (inQuote(t.start()) || !Words.word(t.text())) continue;
            String lw = Words.lower(t.text());
            if (!anyWord && (Words.BETWEEN.contains(lw) || Words.NP_BOUNDARY.contains(lw) && !CUE_BOUNDARIES.contains(lw)
                    || Words.DETERMINERS.contains(lw) || AUXILIARIES.contains(lw) || !verbLike(i))) continue;
            double share = lexicon.share(lw);
            // A noun followed by its verb ("the talks are set to ...") is a subject, not a cue.
            if (i + 1 < end && AUXILIARIES.contains(Words.lower(toks.get(i + 1).text()))) continue;
            if (share >= bestShare) {
                best = i;
                bestShare = share;
            }
        }
        return best;
    }

    /** The speaker phrase of the latest candidate whose cue comes before token {@code i} in its sentence. */
    private Np speakerBefore(int i) {
        int si = toks.get(i).sentence();
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.np() == null || c.np().last() >= i || toks.get(c.np().first()).sentence() != si) continue;
            if (best == null || c.np().first() > best.np().first()) best = c;
        }
        return best == null ? null : best.np();
    }

    private boolean overlapsCandidate(int a, int b) {
        for (Candidate c : candidates) if (c.start() < b && a < c.end()) return true;
        return false;
    }

    /**
     * A sentence no rule read as speech that the sentence model reads as reporting what someone said,
     * thought or intends ("plans to", "called for", "criticized"): the whole sentence is the content. The
     * cue is the sentence's most cue-like verb or speech noun (a particle such as "off" in "kick off" is
     * none). The source is the speaker going on when the sentence runs inside a quote, else the possessor
     * of a speech noun ("Trump's claim"), else the main clause's subject, else the antecedent of a relative
     * "who" before the cue, else the phrase right before the cue, else a person the sentence names; each
     * must be able to speak (a person, a body, a pronoun, a role or a report: not "the talks"). A sentence
     * with no such source or no cue is not read.
     */
    private void weakReading(int si) {
        int first = sentenceFirst[si];
        int end = sentenceEnd[si];
        int a = toks.get(first).start();
        int b = toks.get(end - 1).end();
        if (countWords(a, b) < 2) return;
        int best = weakCueWord(first, end, true);
        if (best >= 0 && !verbLike(best)) {
            // A particle or adverb ("kick off", "also") is no cue: the most cue-like verb or noun is, if any.
            best = weakCueWord(first, end, false);
        }
        if (best < 0) return; // no cue, no speech
        Np np = null;
        np = paragraphTag(first); // a transcript turn: "PENCE: ..."
        if (np == null && inQuote(a)) np = speakerOfLatestBefore(a); // a quote running on: its speaker goes on
        // "Trump's claim that ...", "his infamous comment about ...": a speech noun's possessor speaks.
        if (np == null && best > first) np = possessor(best, first);
        // The source is most often the sentence's subject; else the phrase right before the cue word.
        if (np == null) np = speaking(mainSubject(first, best));
        // "..., who have argued that ...": the relative clause's antecedent speaks (written as "who").
        if (np == null && best > first) np = relativeSpeaker(skipBetweenBack(best - 1));
        // "It is astounding that Trump demands ...": an expletive subject leaves the source to the cue's clause.
        if (np != null && np.kind() == Np.Kind.PRONOUN && np.first() == first
                && Words.lower(toks.get(first).text()).equals("it") && best > first + 1) {
            Np near = speaking(npBackward(skipBetweenBack(best - 1)));
            if (near != null && near.first() > first) np = near;
        }
        // The cue word inside an opening adjunct ("When the diagnosis was confirmed, Clinton ..."): the
        // main clause's subject still speaks.
        if (np == null) np = speaking(mainSubject(first, end));
        if (np == null) {
            np = speaking(npBackward(skipBetweenBack(best - 1)));
            if (np != null && np.first() > best) np = null;
        }
        if (np == null) np = speaking(personInSentence(a)); // a person the sentence names, wherever it stands
        // Without a source that can speak, no reading: a sentence model alone does not make narration speech.
        if (np == null) return;
        // Something must be said: at least four words besides the source and the cue ("spoke for an hour" is not).
        int said = countWords(a, b) - 1;
        if (toks.get(np.first()).sentence() == si) {
            said -= countWords(toks.get(np.first()).start(), toks.get(np.last()).end());
        }
        if (said < 4) return;
        CueLexicon.Match m = new CueLexicon.Match(best, best, CueLexicon.Type.LEARNED);
        addReported(a, b, m, np);
    }


    private static final java.util.Set<String> TIME_HEADS = java.util.Set.of("month", "week", "year", "day",
            "morning", "afternoon", "evening", "night", "weekend", "time", "summer", "spring", "fall", "winter",
            "months", "weeks", "years", "days", "decade", "century");


    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "that");
    private static final java.util.Set<String> ATTACHING = java.util.Set.of("of", "on", "in", "at", "from", "for",
            "with");

    /**
     * The phrase a relative pronoun at token {@code j} stands for ("Democrats on Capitol Hill, who have
     * argued", "the agency, which said"), carrying the pronoun as the mention written beside the cue; or null.
     */
    private Np relativeSpeaker(int j) {
        if (j <= 0 || j >= toks.size() || !RELATIVES.contains(Words.lower(toks.get(j).text()))
                || inQuote(toks.get(j).start())) return null;
        int k = j - 1;
        String before = toks.get(k).text();
        if (before.equals(",") || before.equals("\u2014") || before.equals("--")) k--;
        if (k < 0 || toks.get(k).sentence() != toks.get(j).sentence()) return null;
        Np ante = npBackward(k);
        // "Democrats on Capitol Hill, who": the phrase the prepositional phrase hangs on.
        for (int round = 0; round < 2 && ante != null && ante.first() >= 2; round++) {
            if (!ATTACHING.contains(Words.lower(toks.get(ante.first() - 1).text()))) break;
            Np head = npBackward(ante.first() - 2);
            if (head == null || toks.get(head.first()).sentence() != toks.get(j).sentence()) break;
            ante = head;
        }
        if (ante == null || !speaks(ante)) return null;
        return new Np(ante.first(), ante.last(), ante.kind(), ante.nameFirst(), ante.nameLast(), ante.role(), j);
    }

    /** Whether tokens {@code [a, b)} name a place or a day ("Florida", "Calif.", "Friday"), not a person or body. */
    private boolean placeOrDay(int a, int b) {
        boolean any = false;
        for (int k = a; k < b; k++) {
            String t = toks.get(k).text();
            if (t.equals(".")) continue;
            if (Words.NOT_SPEAKERS.contains(t)) {
                any = true;
                continue;
            }
            Entity e = entityAt(toks.get(k).start(), toks.get(k).end());
            if (e == null || !(e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY)) return false;
            any = true;
        }
        return any;
    }

    /** {@code np} when it can speak (see {@link #speaks}), else null. */
    private Np speaking(Np np) {
        return np == null || speaks(np) ? np : null;
    }

    /**
     * Whether a phrase can be the source of speech, belief or intent: a person or a body named, a personal
     * pronoun, a role or group of people ("the official", "critics", "voters"), or a body or a document that
     * reports ("the campaign", "a poll", "the report"). "The bilateral talks" or "the speech" cannot.
     */
    boolean speaks(Np np) {
        String head = Words.lower(toks.get(np.last()).text());
        switch (np.kind()) {
            case PRONOUN -> {
                return true;
            }
            case NAME -> {
                if (np.first() != np.last()) return true;
                String w = toks.get(np.first()).text();
                if (Words.NOT_NAMES.contains(w) || Words.NOT_SPEAKERS.contains(w) || head.endsWith("ly")) return false;
                // "Regardless, ...", "Contrary to ...", "Following the debate ...": an opener, not a name.
                if (OPENERS.contains(head) || ADJUNCT_STARTS.contains(head) || NOT_CUES.contains(head)) return false;
                int next = np.last() + 1;
                if (sentenceInitial(np.first()) && next < toks.size() && (toks.get(next).text().equals(",")
                        || toks.get(next).text().equals("to"))) return false;
                if (sentenceInitial(np.first()) && head.length() > 5 && (head.endsWith("ing") || head.endsWith("ed"))) {
                    return false;
                }
                // A lone capitalised word opening the sentence is a name only when something says so.
                if (!sentenceInitial(np.first())) return true;
                Entity e = entityAt(toks.get(np.first()).start(), toks.get(np.first()).end());
                return e != null || mentions.isPersonName(w);
            }
            default -> {
                if (Words.PERSON_ROLES.contains(head) || Words.COLLECTIVES.contains(head) || Words.ORG_WORDS.contains(head)
                        || Words.SPEAKING_NOUNS.contains(head)) {
                    return true;
                }
                String singular = singular(head);
                if (singular != null && (Words.PERSON_ROLES.contains(singular) || Words.SPEAKING_NOUNS.contains(singular)
                        || Words.ORG_WORDS.contains(singular))) {
                    return true;
                }
                // Agent nouns name people ("regulators", "investigators", "the organizer").
                if (agentNoun(head) || singular != null && agentNoun(singular)) return true;
                // A capitalised head names a body or a people ("the Chinese", "Senate Democrats").
                return Words.capitalised(toks.get(np.last()).text());
            }
        }
    }

    private static boolean agentNoun(String w) {
        // "fishermen", "chairwoman", "spokesperson", "townspeople"
        if (w.endsWith("man") || w.endsWith("men") || w.endsWith("person") || w.endsWith("people")) return true;
        if (w.length() < 6) return false;
        if (w.endsWith("or") || w.endsWith("ist") || w.endsWith("ian")) return !NOT_AGENTS.contains(w);
        return w.endsWith("er") && !NOT_AGENTS.contains(w);
    }

    /** Words ending like agent nouns that name things. */
    private static final java.util.Set<String> NOT_AGENTS = java.util.Set.of(
            "number", "matter", "order", "paper", "water", "power", "border", "center", "cover", "answer", "quarter",
            "chapter", "corner", "other", "whether", "however", "together", "either", "neither", "rather", "further",
            "another", "finger", "letter", "winter", "summer", "september", "october", "november", "december",
            "character", "error", "factor", "sector", "mirror", "floor", "door", "indoor", "outdoor", "interior",
            "exterior", "behavior", "behaviour", "favor", "favour", "labor", "labour", "humor", "rumor", "rumour",
            "honor", "honour", "color", "colour", "major", "minor", "prior", "superior", "inferior", "theater",
            "register", "cancer", "danger", "anger", "hunger", "dinner", "manner", "banner", "barrier", "carrier",
            "frontier", "shoulder", "chamber", "cluster", "disaster", "monster", "filter", "twitter", "computer",
            "trigger", "ledger", "wonder", "thunder", "powder", "ladder", "tender", "gender", "agenda", "river",
            "silver", "fever", "lever", "liver", "counter", "encounter");

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("men")) return w.substring(0, w.length() - 3) + "man";
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return null;
    }

    /**
     * Whether the most cue-like word of a sentence is a verb or a speech noun rather than a particle,
     * preposition or adverb ("kick off", "about", "widely").
     */
    private boolean verbLike(int i) {
        String w = Words.lower(toks.get(i).text());
        if (NOT_CUES.contains(w) || Words.NP_BOUNDARY.contains(w) && !CUE_BOUNDARIES.contains(w)
                || Words.DETERMINERS.contains(w)) return false;
        if (w.endsWith("ly") && w.length() > 4 && !Words.LY_ED_NOUNS.contains(w)) return false;
        return true;
    }

    /** Cue verbs that also end noun phrases. */
    private static final java.util.Set<String> CUE_BOUNDARIES = java.util.Set.of("said", "says", "say", "told");

    /** Particles, prepositions and adverbs that sit beside cues ("lash out", "kick off") and are none. */
    private static final java.util.Set<String> NOT_CUES = java.util.Set.of("off", "up", "out", "down", "away", "back",
            "also", "too", "very", "just", "even", "still", "yet", "again", "already", "perhaps", "maybe", "here",
            "there", "then", "now", "soon", "ago", "around", "along", "across", "behind", "beyond", "onto", "upon", "per", "via", "amid", "despite", "regardless", "instead", "however", "therefore", "thus");

    private Entity entityAt(int a, int b) {
        for (Entity e : entities) if (e.start() <= a && e.end() >= b) return e;
        return null;
    }

    private static final java.util.Set<String> OPENERS = java.util.Set.of("but", "and", "so", "yet", "still",
            "now", "however", "maybe", "perhaps", "also", "instead", "meanwhile", "indeed", "then", "thus",
            "recently", "today", "yesterday", "already", "even", "nevertheless", "moreover", "further", "later");
    private static final java.util.Set<String> ADJUNCT_STARTS = java.util.Set.of("in", "on", "at", "after",
            "before", "during", "despite", "without", "among", "with", "for", "since", "while", "although",
            "though", "as", "when", "if", "because", "unlike", "like", "based", "inspired", "following", "asked",
            "speaking", "under", "over", "from", "by", "through", "amid", "once", "until", "whether", "to",
            "given", "last", "this", "earlier", "according", "upon", "beyond", "against", "within", "unless",
            "of", "about", "across", "around", "throughout", "behind", "besides", "toward", "towards");

    /**
     * The subject of a sentence's main clause, read before token {@code limit}: the first noun phrase
     * after opening conjunctions and adverbs ("But", "Maybe") and an opening adjunct closed by a comma
     * ("Without his tax returns, voters ...", "Among likely voters, 46 percent ...").
     */
    private Np mainSubject(int first, int limit) {
        int k = first;
        for (int round = 0; round < 3 && k < limit; round++) {
            String lw = Words.lower(toks.get(k).text());
            if (OPENERS.contains(lw) || lw.endsWith("ly") && lw.length() > 4 && !Words.capitalised(toks.get(k).text())
                    || lw.endsWith("ly") && k + 1 < limit && toks.get(k + 1).text().equals(",")) {
                k++;
                if (k < limit && toks.get(k).text().equals(",")) k++;
                continue;
            }
            boolean participle = k == first && (lw.endsWith("ing") || lw.endsWith("ed")) && lw.length() > 4;
            if (ADJUNCT_STARTS.contains(lw) || participle) {
                int c = k;
                while (c < limit && c < k + 25 && !toks.get(c).text().equals(",")) c++;
                if (c >= limit || c >= k + 25) return null;
                k = c + 1;
                // "In a speech in Fort Pierce, Florida Friday, Clinton ...": a place or a day continuing the
                // adjunct after its comma.
                int c2 = k;
                while (c2 < limit && c2 < k + 4 && (Words.capitalised(toks.get(c2).text()) || toks.get(c2).text().equals(".")))
                    c2++;
                if (c2 > k && c2 < limit && toks.get(c2).text().equals(",") && placeOrDay(k, c2)) k = c2 + 1;
                // ", in an interview on “Face the Nation,” Ryan said": the comma may sit inside the quote
                while (k < limit && !toks.get(k).text().isEmpty() && (QuoteMarks.isDouble(toks.get(k).text().charAt(0))
                        || toks.get(k).text().equals("''"))) k++;
                continue;
            }
            break;
        }
        if (k >= limit) return null;
        Np np = npForward(k, limit);
        // A lone capitalised word opening a sentence that the text writes in lower case elsewhere
        // ("Bankruptcy is ...", "About a dozen ...") is a common word, not a name.
        if (np != null && np.kind() == Np.Kind.NAME && np.first() == np.last() && k == first
                && lowerCaseWords().contains(Words.lower(toks.get(k).text()))) {
            String w = Words.lower(toks.get(k).text());
            boolean plural = w.endsWith("s") && !w.endsWith("ss") && w.length() > 3; // "Experts said"
            return plural ? new Np(k, k, Np.Kind.PHRASE, k, k, null) : null;
        }
        return np;
    }

    private java.util.Set<String> lowerCase;

    /** The words the text writes in lower case somewhere. */
    private java.util.Set<String> lowerCaseWords() {
        if (lowerCase == null) {
            lowerCase = new java.util.HashSet<>();
            for (Token t : toks) {
                String w = t.text();
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) lowerCase.add(w);
            }
        }
        return lowerCase;
    }

    /** The speaker phrase of the candidate ending last before {@code pos}. */
    private Np speakerOfLatestBefore(int pos) {
        Candidate prev = null;
        for (Candidate c : candidates) {
            if (c.end() <= pos && (prev == null || c.end() > prev.end())) prev = c;
        }
        return prev == null ? null : prev.np();
    }

    // ---------------------------------------------------------------- quotes no cue claimed

    private void leftoverQuotes() {
        for (int q = 0; q < spans.size(); q++) {
            if (spanUsed[q]) continue;
            QuoteMarks.Span sp = spans.get(q);
            int words = countWords(sp.contentStart(), sp.contentEnd());
            boolean sentenceLike = Character.isUpperCase(s.charAt(sp.contentStart())) && words >= 4;
            if (!sentenceLike) continue;
            // The same speaker goes on: a quote in the same or the next paragraph as an attributed one.
            Candidate prev = null;
            for (Candidate c : candidates) {
                if (c.end() <= sp.open() && (prev == null || c.end() > prev.end())) prev = c;
            }
            Np np = null;
            String cue = null;
            if (prev != null && paragraphsBetween(prev.end(), sp.open()) <= 1 && prev.np() != null) {
                np = prev.np();
                cue = prev.cue();
            } else {
                // Otherwise the person named last before it, in its sentence or the one before
                // ("Rep. Jane Doe (D-Ore.) was blunt: ...", "DOE: ...").
                int[] person = mentions.nearestPersonBefore(sp.open(), 1);
                if (person != null) {
                    int a = firstTokenAtOrAfter(person[0]);
                    int b = lastTokenBefore(person[1]);
                    if (a >= 0 && b >= a) np = new Np(a, b, Np.Kind.NAME, a, b, null);
                }
            }
            candidates.add(new Candidate(sp.contentStart(), trimEnd(sp.contentEnd()), QuoteKind.DIRECT, cue, np,
                    sp.open()));
            spanUsed[q] = true;
        }
    }

    // ---------------------------------------------------------------- speakers

    private List<Quote> resolve() {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.np() != null || c.kind() == QuoteKind.DIRECT) continue;
            Np np = subjectOutsideQuotes(c.start());
            if (np != null) candidates.set(i, new Candidate(c.start(), c.end(), c.kind(), c.cue(), np, c.order()));
        }
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        List<Quote> out = new ArrayList<>();
        // Resolve in the order the reader meets the speaker phrases.
        List<Candidate> byNp = new ArrayList<>(candidates);
        byNp.sort(Comparator.comparingInt(c -> c.np() == null ? c.start() : toks.get(c.np().first()).start()));
        java.util.Map<Candidate, Speaker> speakers = new java.util.IdentityHashMap<>();
        for (Candidate c : byNp) {
            Np used = c.np();
            Speaker sp = used == null ? null : mentions.speaker(used, toks.get(used.first()).start());
            // An "it" or "there" left unresolved is a dummy subject ("It was Obama who pressed ..."): a person
            // the sentence names speaks rather.
            if (sp != null && c.kind() != QuoteKind.DIRECT && DUMMY_SUBJECTS.contains(Words.lower(sp.name()))) {
                Np person = personInSentence(toks.get(used.first()).start());
                if (person != null) {
                    sp = mentions.speaker(person, toks.get(person.first()).start());
                    used = person;
                }
            }
            // The mention is the phrase as written beside the cue ("who" for a relative clause's antecedent);
            // the name is what it was resolved to.
            if (sp != null) {
                int mFirst = used.relative() >= 0 ? used.relative() : used.first();
                int mLast = used.relative() >= 0 ? used.relative() : used.last();
                sp = sp.mentionedAt(toks.get(mFirst).start(), toks.get(mLast).end());
            }
            speakers.put(c, sp);
        }
        // Reported speech holding another cue with its own speaker ("..., with Ushakov noting that ...")
        // ends where that speaker's phrase begins.
        for (int a = 0; a < candidates.size(); a++) {
            Candidate ca = candidates.get(a);
            for (int b = a + 1; b < candidates.size(); b++) {
                Candidate cb = candidates.get(b);
                if (cb.start() >= ca.end()) break;
                if (ca.order() >= 0 || cb.np() == null) continue;
                int npStart = toks.get(cb.np().first()).start();
                if (npStart > ca.start() && npStart < ca.end()) {
                    int end = trimConnector(npStart);
                    if (end - ca.start() >= 3) {
                        Candidate cut = new Candidate(ca.start(), end, ca.kind(), ca.cue(), ca.np(), ca.order());
                        speakers.put(cut, speakers.get(ca));
                        candidates.set(a, cut);
                        ca = cut;
                    }
                }
            }
        }
        int lastEnd = -1;
        for (Candidate c : candidates) {
            if (c.start() < lastEnd) continue; // overlapping readings: the first one stands
            QuoteKind kind = c.kind();
            if (kind != QuoteKind.DIRECT) kind = holdsQuote(c.start(), c.end()) ? QuoteKind.MIXED : QuoteKind.INDIRECT;
            out.add(new Quote(c.start(), c.end(), s.substring(c.start(), c.end()), kind, c.cue(), speakers.get(c)));
            lastEnd = c.end();
        }
        return out;
    }

    /**
     * Reported speech no rule tied to a speaker phrase: the subject of the sentence it starts in speaks
     * ("Trump shot back in a statement, saying ...") when that subject stands outside quotation marks.
     */
    private Np subjectOutsideQuotes(int pos) {
        int t = firstTokenAtOrAfter(pos);
        if (t < 0 || t >= toks.size()) return null;
        int si = toks.get(t).sentence();
        if (si < 0 || si >= sentences.size() || sentenceFirst[si] < 0) return null;
        Np np = mainSubject(sentenceFirst[si], sentenceEnd[si]);
        if (np != null && !inQuote(toks.get(np.first()).start())) return np;
        // Else the first person the sentence names ("Trump shot back in a statement, saying ...").
        return personInSentence(pos);
    }

    private static final java.util.Set<String> DUMMY_SUBJECTS = java.util.Set.of("it", "there");

    /** The first person named in the sentence holding {@code pos}, as a speaker phrase; or null. */
    private Np personInSentence(int pos) {
        int t = firstTokenAtOrAfter(pos);
        if (t < 0 || t >= toks.size()) return null;
        int si = toks.get(t).sentence();
        if (si < 0 || si >= sentences.size() || sentenceFirst[si] < 0) return null;
        int a = toks.get(sentenceFirst[si]).start();
        int[] person = mentions.firstPersonWithin(a, toks.get(sentenceEnd[si] - 1).end());
        if (person == null) return null;
        int pa = firstTokenAtOrAfter(person[0]);
        int pb = lastTokenBefore(person[1]);
        return pa >= 0 && pb >= pa ? new Np(pa, pb, Np.Kind.NAME, pa, pb, null) : null;
    }

    private boolean holdsQuote(int start, int end) {
        for (QuoteMarks.Span sp : spans) if (sp.open() >= start && sp.open() < end) return true;
        return false;
    }

    /** The end of a content cut before a nested speaker: drops ", with", ", and", "while" before it. */
    private int trimConnector(int pos) {
        int end = trimEnd(pos);
        for (String w : new String[] {"with", "and", "while", "as", "but"}) {
            if (end >= w.length() && s.regionMatches(true, end - w.length(), w, 0, w.length())
                    && (end == w.length() || !Character.isLetter(s.charAt(end - w.length() - 1)))) {
                end = trimEnd(end - w.length());
                break;
            }
        }
        return end;
    }

    private void addCandidate(int start, int end, QuoteKind kind, Found f, int order) {
        if (end <= start) return;
        String cue = f.cue() == null ? null : s.substring(toks.get(f.cue().first()).start(), toks.get(f.cue().last()).end());
        candidates.add(new Candidate(start, end, kind, cue, f.np(), order));
    }

    // ---------------------------------------------------------------- noun phrases

    /** The speaker phrase starting at token {@code i}: a pronoun, a name, or a short noun phrase. */
    Np npForward(int i, int limit) {
        if (i >= limit) return null;
        String w = toks.get(i).text();
        if (Words.PRONOUNS.contains(Words.lower(w))) return new Np(i, i, Np.Kind.PRONOUN, i, i, null);
        int j = i;
        int n = 0;
        while (j < limit && n < MAX_NP) {
            String t = toks.get(j).text();
            String lt = Words.lower(t);
            if (j > i && (lexicon.match(toks, j, limit) != null && !Words.capitalised(t))) break;
            if (j > i && Words.BETWEEN.contains(lt) && !Words.capitalised(t)) break;
            if (!(Words.word(t) || Words.possessive(t) || (t.equals(".") && j > i && abbreviation(j - 1))
                    || t.equals("-"))) break;
            if (j > i && Words.NP_BOUNDARY.contains(lt)) break;
            if (j > i && Words.capitalised(t) && Words.NOT_NAMES.contains(t) && !t.equals("Mr") && !t.equals("Mrs")
                    && !t.equals("Ms")) break;
            // A name ends at the first lower-case word ("Anderson largely agreed"); a phrase at an adverb or
            // participle ("The Democratic nominee aggressively attacked").
            boolean lower = Character.isLowerCase(t.charAt(0));
            if (j > i && lower && capitalisedRun(i, j) && !isConnector(t)
                    && (j - i >= 2 || !sentenceInitial(i))) break; // "Local fishermen want": an adjective
            if (j > i && lower && lt.length() > 4 && (lt.endsWith("ly") || lt.endsWith("ed"))
                    && !Words.LY_ED_NOUNS.contains(lt)) break;
            if (j > i && lower && lt.length() > 5 && lt.endsWith("ing") && !Words.ING_NOUNS.contains(lt)) break;
            j++;
            n++;
        }
        if (j == i) return null;
        return classify(i, j - 1);
    }

    private boolean sentenceInitial(int i) {
        int si = toks.get(i).sentence();
        return si >= 0 && si < sentenceFirst.length && sentenceFirst[si] == i;
    }

    /** Whether tokens {@code [i, j)} are all capitalised words, abbreviation dots or hyphens. */
    private boolean capitalisedRun(int i, int j) {
        for (int k = i; k < j; k++) {
            String t = toks.get(k).text();
            if (!(Words.capitalised(t) || t.equals(".") || t.equals("-"))) return false;
        }
        return true;
    }

    /** Past a short parenthesis at {@code j} ("(D-Mo.)", "(R-Utah)"), or {@code j}. */
    private int skipParenthesis(int j, int limit) {
        if (j >= limit || !toks.get(j).text().equals("(")) return j;
        for (int k = j + 1; k < limit && k <= j + 8; k++) {
            if (toks.get(k).text().equals(")")) return k + 1;
        }
        return j;
    }

    /** The speaker phrase ending at token {@code j}, read leftwards ("the Russian official", "Yuri Ushakov, ..."). */
    Np npBackward(int j) {
        if (j < 0) return null;
        if (toks.get(j).text().equals(")")) {
            // "Rep. Gwen Moore (D-Wis.) said": the name before a short parenthesis
            for (int k = j - 1; k >= 0 && k >= j - 8; k--) {
                if (toks.get(k).text().equals("(")) return k > 0 ? npBackward(k - 1) : null;
                if (isStop(k) && !toks.get(k).text().equals(".")) return null;
            }
            return null;
        }
        if (toks.get(j).text().equals(",")) {
            // apposition: NAME , ROLE ,
            int k = j - 1;
            int floor = Math.max(0, j - 16);
            while (k > floor && !toks.get(k).text().equals(",") && !isStop(k) && !inQuote(toks.get(k).start())) k--;
            if (k <= floor || !toks.get(k).text().equals(",") || k == j - 1) return null;
            Np name = npBackward(k - 1);
            if (name == null || name.kind() != Np.Kind.NAME) return null;
            String role = join(k + 1, j - 1);
            return new Np(name.first(), name.last(), name.kind(), name.nameFirst(), name.nameLast(), role);
        }
        String w = toks.get(j).text();
        if (Words.PRONOUNS.contains(Words.lower(w))) return new Np(j, j, Np.Kind.PRONOUN, j, j, null);
        if (!Words.word(w) || Words.NP_BOUNDARY.contains(Words.lower(w))) return null;
        int sentence = toks.get(j).sentence();
        int i = j;
        int n = 0;
        while (i - 1 >= 0 && n < MAX_NP) {
            Token p = toks.get(i - 1);
            String t = p.text();
            String lt = Words.lower(t);
            if (p.sentence() != sentence || inQuote(p.start())) break;
            if (Words.DETERMINERS.contains(lt)) {
                i--;
                break;
            }
            if (t.equals("The") || t.equals("A") || t.equals("An")) {
                i--;
                break;
            }
            if (Words.NP_BOUNDARY.contains(lt) || Words.BETWEEN.contains(lt)) break;
            if (Words.capitalised(t) && Words.NOT_NAMES.contains(t)) break;
            if (!(Words.word(t) || Words.possessive(t) || t.equals("-") || (t.equals(".") && i - 2 >= 0
                    && abbreviation(i - 2)))) break;
            if (!Words.capitalised(t) && !Words.possessive(t) && Words.capitalised(w) && !t.equals("-")
                    && !Character.isDigit(t.charAt(0))) break; // a lower-case word before a name ends it
            if (lexicon.match(toks, i - 1, j + 1) != null && !Words.capitalised(t)) break;
            i--;
            n++;
        }
        return classify(i, j);
    }

    private Np classify(int i, int j) {
        // Days, months and sentence adverbs are no speakers: trim them off either end.
        while (i <= j && (Words.NOT_SPEAKERS.contains(toks.get(i).text()) || toks.get(i).text().equals("the")
                && i + 1 <= j && toks.get(i + 1).text().equals("the"))) i++;
        while (j >= i && Words.NOT_SPEAKERS.contains(toks.get(j).text())) j--;
        if (i > j) return null;
        String head = toks.get(j).text();
        String first = Words.lower(toks.get(i).text());
        boolean det = Words.DETERMINERS.contains(first);
        int ni = det ? i + 1 : i;
        if (ni > j) return null;
        boolean allCaps = true;
        for (int k = ni; k <= j; k++) {
            String t = toks.get(k).text();
            if (!(Words.capitalised(t) || t.equals(".") || t.equals("-") || isConnector(t))) allCaps = false;
        }
        if (allCaps && Words.capitalised(head) && i == j && (head.endsWith("ly") || head.endsWith("ing"))) {
            return null; // "Ultimately", "Following"
        }
        if (allCaps && Words.capitalised(head)) {
            // Titles before the name become the role: "Russian President Vladimir Putin".
            int lastTitle = -1;
            for (int k = ni; k <= j; k++) {
                String lt = Words.lower(toks.get(k).text());
                if (Words.TITLES.contains(lt)) lastTitle = k;
            }
            int nameFirst = ni;
            String role = null;
            if (lastTitle >= 0 && lastTitle < j && !det) {
                nameFirst = lastTitle + 1;
                if (toks.get(nameFirst).text().equals(".")) nameFirst++;
                role = join(ni, lastTitle);
                if (nameFirst > j) return new Np(i, j, Np.Kind.PHRASE, i, j, null);
            }
            if (det && lastTitle >= 0) return new Np(i, j, Np.Kind.PHRASE, i, j, null);
            return new Np(i, j, Np.Kind.NAME, nameFirst, j, role);
        }
        // "retired Navy admiral Carla Mendes": a name after a lower-case role (before "Mendes" looks plural).
        Np named = det ? null : nameAfterRole(i, j);
        if (named != null) return named;
        String lh = Words.lower(head);
        boolean possessive = false;
        boolean hasCap = false;
        for (int k = i; k <= j; k++) {
            possessive |= Words.possessive(toks.get(k).text());
            hasCap |= Words.capitalised(toks.get(k).text());
        }
        boolean plural = lh.endsWith("s") && lh.length() > 3 && !lh.endsWith("ss") || lh.endsWith("men")
                || lh.equals("people") || lh.equals("children");
        if (!Words.word(head) || !(det || possessive || plural || Words.COLLECTIVES.contains(lh)
                || Words.PERSON_ROLES.contains(lh) && hasCap)) {
            return null;
        }
        if (!Words.capitalised(head) && Character.isLetter(head.charAt(0)) == false) return null;
        if (!nounLike(lh)) return null; // "his early-morning [tweets]", "a controversial [comment]"
        return new Np(i, j, Np.Kind.PHRASE, i, j, null);
    }

    private static final java.util.Set<String> POSSESSIVE_PRONOUNS = java.util.Set.of("his", "her", "their", "its");

    /**
     * The possessor of the noun at {@code cue} ("Trump's own admission", "his claim", "the agency's
     * warning"), read back over at most two modifiers; or null when the noun has none.
     */
    private Np possessor(int cue, int first) {
        for (int k = cue - 1; k >= first && k >= cue - 3; k--) {
            String t = toks.get(k).text();
            String lt = Words.lower(t);
            if (POSSESSIVE_PRONOUNS.contains(lt)) return new Np(k, k, Np.Kind.PRONOUN, k, k, null);
            if (Words.possessive(t)) {
                Np owner = k > first ? npBackward(k - 1) : null;
                return owner == null ? null : speaking(owner);
            }
            // only modifiers stand between the possessor and its noun ("own", "infamous", "repeated")
            if (!Words.word(t) || Words.capitalised(t) || Words.NP_BOUNDARY.contains(lt) || Words.DETERMINERS.contains(lt)
                    || AUXILIARIES.contains(lt)) return null;
        }
        return null;
    }


    /**
     * "retired Air Force general Lloyd Newton", "longtime party strategist Ann Lee": a name of two or more
     * capitalised words after a lower-case role; the role is the words before it. Else null.
     */
    private Np nameAfterRole(int i, int j) {
        if (!Words.capitalised(toks.get(j).text())) return null;
        int r = j;
        while (r - 1 > i && (Words.capitalised(toks.get(r - 1).text()) || toks.get(r - 1).text().equals("."))) r--;
        if (r - 1 < i || r == j || Words.capitalised(toks.get(r - 1).text())) return null;
        if (!Words.PERSON_ROLES.contains(Words.lower(toks.get(r - 1).text()))
                && !Words.TITLES.contains(Words.lower(toks.get(r - 1).text()))) return null;
        return new Np(i, j, Np.Kind.NAME, r, j, join(i, r - 1));
    }

    /** Whether a lower-case phrase head can be a noun: not a determiner, adverb, participle or adjective. */
    private static boolean nounLike(String head) {
        if (Words.PERSON_ROLES.contains(head) || Words.COLLECTIVES.contains(head) || Words.LY_ED_NOUNS.contains(head)) {
            return true;
        }
        if (Words.DETERMINERS.contains(head) || Words.PRONOUNS.contains(head)) return false;
        for (String suffix : new String[] {"ly", "ing", "ous", "ful", "ive", "able", "ible", "ed", "est"}) {
            if (head.endsWith(suffix) && head.length() > suffix.length() + 2) return false;
        }
        return !head.equals("let") && !head.equals("make") && !head.equals("made");
    }

    /** The sentence's subject for a participle cue: its first noun phrase after any opening adjunct. */
    private Np sentenceSubject(int cueTok) {
        int si = toks.get(cueTok).sentence();
        if (si < 0 || si >= sentenceFirst.length) return null;
        int first = sentenceFirst[si];
        if (first < 0) return null;
        String w = toks.get(first).text();
        int start = first;
        if (Words.NOT_NAMES.contains(w) && !w.equals("The") && !w.equals("A") && !w.equals("An")
                && !Words.PRONOUNS.contains(Words.lower(w))) {
            // skip "In his phone call with Putin," to the comma
            int k = first;
            while (k < cueTok && !toks.get(k).text().equals(",")) k++;
            if (k >= cueTok - 1) return null;
            start = k + 1;
        }
        return npForward(start, cueTok);
    }

    // ---------------------------------------------------------------- small helpers

    private boolean abbreviation(int k) {
        String t = toks.get(k).text();
        return t.length() == 1 && Character.isUpperCase(t.charAt(0))
                || Words.TITLES.contains(Words.lower(t)) || t.equals("Jr") || t.equals("St");
    }

    private static boolean isConnector(String t) {
        return t.equals("de") || t.equals("van") || t.equals("von") || t.equals("der") || t.equals("bin")
                || t.equals("al") || t.equals("da") || t.equals("di") || t.equals("del") || t.equals("la")
                || t.equals("le") || t.equals("du");
    }

    private int skipBetween(int j, int limit) {
        int n = 0;
        while (j < limit && n < 3 && Words.BETWEEN.contains(Words.lower(toks.get(j).text()))
                && !toks.get(j).text().equals("told")) {
            j++;
            n++;
        }
        return j;
    }

    private int skipBetweenBack(int j) {
        int n = 0;
        while (j >= 0 && n < 3 && Words.BETWEEN.contains(Words.lower(toks.get(j).text()))
                && !toks.get(j).text().equals("told")) {
            j--;
            n++;
        }
        return j;
    }

    /** Skips "on Thursday", "in a statement", "shortly after the talks" after a postposed cue. */
    private int skipAdjuncts(int k, int end) {
        int n = 0;
        while (k < end && !isPunct(k) && n < 14) {
            k++;
            n++;
        }
        return k;
    }

    /** "that" within a few words after the cue ("said in a statement on Thursday that"). */
    private int findThat(int c, int end) {
        for (int k = c; k < end && k < c + 9; k++) {
            String t = toks.get(k).text();
            if (t.equals("that") && !inQuote(toks.get(k).start())) return k;
            if (isPunct(k) && !t.equals("-")) return -1;
        }
        return -1;
    }

    /** Whether a bare clause plausibly starts at {@code c}: a subject word, not a preposition or time. */
    private boolean startsClause(int c) {
        String t = toks.get(c).text();
        String lt = Words.lower(t);
        if (!Words.word(t) && !QuoteMarks.isDouble(t.charAt(0)) && !QuoteMarks.isSingle(t.charAt(0))) return false;
        if (ClauseWords.NOT_CLAUSE.contains(lt)) return false;
        if (lt.endsWith("ing") && lt.length() > 4) return false; // "said speaking to reporters"
        int n = 0;
        for (int k = c; k < toks.size() && toks.get(k).sentence() == toks.get(c).sentence(); k++) n++;
        return n >= 4;
    }

    private static final class ClauseWords {
        static final java.util.Set<String> NOT_CLAUSE = java.util.Set.of("in", "on", "at", "to", "for", "of",
                "with", "by", "from", "about", "after", "before", "during", "last", "this", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
                "earlier", "later", "so", "as", "nothing", "little", "much", "more", "goodbye", "hello", "yes",
                "no", "sorry", "thanks", "repeatedly", "recently", "publicly", "privately", "while", "when",
                "and", "or", "but", "it's", "through", "via", "over", "under", "shortly", "late", "early",
                "only", "otherwise", "instead", "again", "too", "also", "then", "not", "were", "was", "is",
                "are", "had", "has", "have", "be", "been", "being", "up", "out", "off", "down", "away");
    }

    private int countWords(int a, int b) {
        int n = 0;
        boolean in = false;
        for (int k = a; k < b; k++) {
            boolean w = Character.isLetterOrDigit(s.charAt(k));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    private boolean isStop(int k) {
        String t = toks.get(k).text();
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals(";");
    }

    /** A full stop that ends a sentence: not the dot of "R-Ky.," or "Jr.," before a comma. */
    private boolean sentenceStop(int k) {
        if (!isStop(k)) return false;
        return !(toks.get(k).text().equals(".") && k + 1 < toks.size() && toks.get(k + 1).text().equals(","));
    }

    private boolean isPunct(int k) {
        String t = toks.get(k).text();
        return !t.isEmpty() && !Character.isLetterOrDigit(t.charAt(0)) && !Words.possessive(t);
    }

    private String join(int a, int b) {
        return s.substring(toks.get(a).start(), toks.get(b).end());
    }

    boolean inQuote(int pos) {
        for (QuoteMarks.Span sp : spans) {
            if (pos >= sp.open() && pos < sp.end()) return true;
            if (sp.open() > pos) break;
        }
        return false;
    }

    private void markCue(CueLexicon.Match m) {
        if (m == null) return;
        for (int k = m.first(); k <= m.last(); k++) cueUsed[k] = true;
    }

    private void markSpansWithin(int start, int end) {
        for (int q = 0; q < spans.size(); q++) {
            QuoteMarks.Span sp = spans.get(q);
            if (sp.open() >= start && sp.end() <= end) spanUsed[q] = true;
        }
    }

    private int firstTokenAtOrAfter(int pos) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo < toks.size() ? lo : -1;
    }

    private int lastTokenBefore(int pos) {
        int i = firstTokenAtOrAfter(pos);
        if (i < 0) return toks.size() - 1;
        return i - 1;
    }

    /** The token limit of the paragraph holding token {@code i}. */
    private int paragraphLimit(int i) {
        int k = i;
        while (k + 1 < toks.size() && !lineBreakBetween(toks.get(k).end(), toks.get(k + 1).start())) k++;
        return k + 1;
    }

    private boolean lineBreakBetween(int a, int b) {
        for (int k = Math.max(0, a); k < b && k < s.length(); k++) if (s.charAt(k) == '\n') return true;
        return false;
    }

    private int paragraphsBetween(int a, int b) {
        int n = 0;
        boolean inBreak = false;
        for (int k = a; k < b; k++) {
            if (s.charAt(k) == '\n') {
                if (!inBreak) n++;
                inBreak = true;
            } else if (!Character.isWhitespace(s.charAt(k))) {
                inBreak = false;
            }
        }
        return n;
    }

    /** Start of the clause holding a partial quote: its sentence's start, or the paragraph's. */
    private int clauseStart(int pos) {
        int t = firstTokenAtOrAfter(pos);
        if (t < 0) return pos;
        int si = toks.get(t).sentence();
        int first = si >= 0 && si < sentenceFirst.length ? sentenceFirst[si] : -1;
        int start = first >= 0 ? toks.get(first).start() : pos;
        int line = s.lastIndexOf('\n', pos);
        return Math.max(start, line + 1);
    }

    private int trimEnd(int end) {
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ','
                || s.charAt(end - 1) == ';' || s.charAt(end - 1) == ':')) end--;
        return end;
    }

    private int trimStart(int start) {
        while (start < s.length() && Character.isWhitespace(s.charAt(start))) start++;
        return start;
    }

    static boolean isPersonType(Entity e) {
        return e.type() == EntityType.PERSON;
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
