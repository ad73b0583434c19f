package io.nabiz.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.Sentiment;
import io.nabiz.engine.analysis.SentimentLabel;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Checks the class mapping only: loading CoreNLP's models does not belong in a unit test. */
class SentimentClassesTest {

    @Test
    void foldsFiveClassesIntoThreeLabels() {
        Sentiment s =
                SentimentClasses.toSentiment(
                        new double[] {0.1, 0.3, 0.2, 0.3, 0.1},
                        EnumSet.allOf(SentimentLabel.class));
        assertEquals(SentimentLabel.NEGATIVE, s.label());
        assertEquals(0.0, s.score(), 1e-9);
        assertEquals(0.4, s.confidence(), 1e-9);
    }

    @Test
    void binaryTasksChooseBetweenTheAllowedLabels() {
        Sentiment s =
                SentimentClasses.toSentiment(
                        new double[] {0.0, 0.2, 0.6, 0.2, 0.0},
                        EnumSet.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE));
        assertEquals(0.5, s.confidence(), 1e-9);
        assertEquals(SentimentLabel.NEGATIVE, s.label());
    }
}
