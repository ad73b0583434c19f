package io.nabiz.corenlp;

import io.nabiz.engine.analysis.Sentiment;
import io.nabiz.engine.analysis.SentimentLabel;
import java.util.Set;

/**
 * Maps CoreNLP's five sentiment classes (very negative … very positive), averaged over a message's
 * sentences with each sentence weighted by its length, to Nabız's three labels.
 */
final class SentimentClasses {

    static final int CLASSES = 5;

    private SentimentClasses() {}

    /**
     * @param mean mean class probabilities: 0 very negative, 1 negative, 2 neutral, 3 positive, 4
     *     very positive
     */
    static Sentiment toSentiment(double[] mean, Set<SentimentLabel> allowed) {
        double negative = allowed.contains(SentimentLabel.NEGATIVE) ? mean[0] + mean[1] : 0;
        double neutral = allowed.contains(SentimentLabel.NEUTRAL) ? mean[2] : 0;
        double positive = allowed.contains(SentimentLabel.POSITIVE) ? mean[3] + mean[4] : 0;
        double sum = negative + neutral + positive;
        if (sum == 0) {
            return new Sentiment(SentimentLabel.NEUTRAL, 0, 0);
        }
        negative /= sum;
        neutral /= sum;
        positive /= sum;
        SentimentLabel label =
                negative >= neutral && negative >= positive
                        ? SentimentLabel.NEGATIVE
                        : positive >= neutral ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
        double confidence =
                switch (label) {
                    case NEGATIVE -> negative;
                    case NEUTRAL -> neutral;
                    case POSITIVE -> positive;
                };
        return new Sentiment(label, positive - negative, confidence);
    }
}
