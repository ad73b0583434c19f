package io.nabiz.engine.analysis.sentiment.training;

import io.nabiz.engine.analysis.SentimentLabel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Measures a sentiment classifier on labelled texts. The classifier may only choose among the
 * labels that occur in the gold data: a binary positive/negative set is scored as a binary task.
 */
public final class SentimentEvaluator {

    private SentimentEvaluator() {}

    /** The labels present in {@code rows}, in {@link SentimentLabel} order. */
    public static List<SentimentLabel> labelsOf(List<LabelledText> rows) {
        Set<SentimentLabel> present = EnumSet.noneOf(SentimentLabel.class);
        for (LabelledText row : rows) {
            present.add(row.label());
        }
        return new ArrayList<>(present);
    }

    /** A classifier under test. */
    @FunctionalInterface
    public interface Classifier {
        /**
         * @param allowed the labels it may choose among
         */
        SentimentLabel classify(String text, Set<SentimentLabel> allowed);
    }

    public static Evaluation evaluate(List<LabelledText> rows, Classifier classifier) {
        List<SentimentLabel> labels = labelsOf(rows);
        Set<SentimentLabel> allowed = EnumSet.copyOf(labels);
        Evaluation evaluation = new Evaluation(labels);
        for (LabelledText row : rows) {
            evaluation.add(row.label(), classifier.classify(row.text(), allowed));
        }
        return evaluation;
    }
}
