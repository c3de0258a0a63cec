package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.event.EventCoder;
import org.dateline.place.Place;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteExtractor;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.dateline.time.TimeExpression;
import org.dateline.time.TimeTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sentences per second of each hot stage, one core, over the PLOVER gold texts (real news sentences).
 * Run: {@code java -jar dateline-bench/target/benchmarks.jar -Ddateline.shared=../shared}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss8m")
public class StageBenchmark {
    /** Sentences in the corpus; each benchmark call processes all of them. */
    static final int SENTENCES = 228;

    List<String> sentences;
    List<Text> texts;
    List<List<Entity>> entities;
    EntityRecognizer recognizer;
    EventCoder coder;
    QuoteExtractor quotes;
    TimeTagger times;
    final LocalDate date = LocalDate.of(2020, 1, 1);

    @Setup
    public void load() throws IOException {
        String shared = System.getProperty("dateline.shared", "../shared");
        Path file = Path.of(shared, "data/plover/PLOVER_GSR_CAMEO.dev.jsonl");
        sentences = new ArrayList<>();
        Pattern text = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"");
        for (String line : Files.readAllLines(file)) {
            Matcher m = text.matcher(line);
            if (m.find()) sentences.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        while (sentences.size() < SENTENCES) sentences.add(sentences.get(sentences.size() % Math.max(1, sentences.size())));
        sentences = sentences.subList(0, SENTENCES);
        recognizer = EntityRecognizer.builtIn();
        coder = EventCoder.builtIn();
        quotes = QuoteExtractor.builtIn();
        times = TimeTagger.builtIn();
        texts = new ArrayList<>();
        entities = new ArrayList<>();
        for (String s : sentences) {
            Text t = TextAnalyzer.analyze(s);
            texts.add(t);
            entities.add(recognizer.recognize(t, date));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void tokenize(Blackhole bh) {
        for (String s : sentences) bh.consume(TextAnalyzer.analyze(s));
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void recognizeActors(Blackhole bh) {
        for (Text t : texts) bh.consume(recognizer.recognize(t, date));
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void tagTimes(Blackhole bh) {
        for (Text t : texts) bh.consume(times.tag(t, date));
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void extractQuotes(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) bh.consume(quotes.extract(texts.get(i), entities.get(i)));
    }

    /** The event coder alone, given its inputs (issue: >= 5,000 sentences/s on one core). */
    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void codeEvents(Blackhole bh) {
        List<Quote> noQuotes = List.of();
        List<TimeExpression> noTimes = List.of();
        List<Place> noPlaces = List.of();
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(coder.code(texts.get(i), entities.get(i), noQuotes, noTimes, noPlaces, date));
        }
    }

}
