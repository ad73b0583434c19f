package io.nabiz.engine.analysis.sentiment.training;

import static io.nabiz.engine.analysis.SentimentLabel.NEGATIVE;
import static io.nabiz.engine.analysis.SentimentLabel.NEUTRAL;
import static io.nabiz.engine.analysis.SentimentLabel.POSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void computesAccuracyMacroF1AndPerClassFigures() {
        Evaluation e = new Evaluation(List.of(NEGATIVE, NEUTRAL, POSITIVE));
        e.add(NEGATIVE, NEGATIVE);
        e.add(NEGATIVE, NEGATIVE);
        e.add(NEGATIVE, NEUTRAL);
        e.add(NEUTRAL, NEUTRAL);
        e.add(POSITIVE, NEGATIVE);
        e.add(POSITIVE, POSITIVE);

        assertEquals(4.0 / 6, e.accuracy(), 1e-9);
        // negative: P 2/3, R 2/3; neutral: P 1/2, R 1; positive: P 1, R 1/2.
        assertEquals(2.0 / 3, e.f1(0), 1e-9);
        assertEquals(2.0 / 3, e.f1(1), 1e-9);
        assertEquals(2.0 / 3, e.f1(2), 1e-9);
        assertEquals(2.0 / 3, e.macroF1(), 1e-9);
        assertEquals(0.5, e.precision(1), 1e-9);
        assertEquals(0.5, e.recall(2), 1e-9);
    }
}
