package org.dateline.eval;

import java.util.List;
import java.util.Optional;

/** Every evaluation target, in the order {@code ./dateline eval --list} shows them. */
public final class Evaluations {
    private Evaluations() {
    }

    public static List<Evaluation> all() {
        return List.of(new ZyteArticleEval(), new TrafilaturaEval(), new HtmldateEval(), new PetrarchEval(), new PloverEval(), new PolnearEval(), new TempEvalEval());
    }

    public static Optional<Evaluation> named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
