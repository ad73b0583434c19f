package io.nabiz.engine.analysis.sentiment;

import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.discourse.Signal;
import io.nabiz.engine.analysis.discourse.SignalDetector;
import java.util.List;

/**
 * What customer service knows about a message's sentiment before any model: added to the model's
 * calibrated scores (log-odds), so a strong model reading still wins against a prior.
 *
 * <p>The training sets are tweets and reviews, where plain questions, thanks for a solved problem
 * and threats to leave or sue are rare; in a care queue they are daily. A question or request with
 * at most one mild opinion word in it leans neutral ({@code kargom ne zaman gelir?}); a solved
 * problem is not a complaint even though its words are there ({@code sorunum halledildi,
 * teşekkürler}); litotes is mild approval; sarcasm and churn or legal threats are complaints. The
 * shifts are fixed domain knowledge, not fitted: the project's dev figures with and without them
 * are in docs/analysis.md.
 */
public final class ServicePriors {

    /** Neutral shift for a question or request with at most a little opinion in it. */
    static final double QUESTION_NEUTRAL = 3.0;

    /**
     * The most lexicon valence, summed, a question may carry and still lean neutral: one mild word
     * ({@code outage}, {@code cancel}), not an angry one or an emoji.
     */
    static final float QUESTION_MAX_OPINION = 2f;

    /** Shifts towards positive: a solved problem, litotes. */
    static final double RESOLVED = 2.5;

    static final double LITOTES = 3.0;

    /** Shifts towards negative: sarcasm, something still not done, a churn or legal threat. */
    static final double SARCASM = 3.0;

    static final double OVERDUE = 2.0;
    static final double THREAT = 2.5;

    private ServicePriors() {}

    /**
     * @param scores the model's calibrated scores in {@code labels} order, shifted in place
     * @param reading the message's signals and lexicon valence
     * @param threat whether the message carries a churn, legal or escalation cue
     */
    public static void apply(
            double[] scores,
            List<SentimentLabel> labels,
            Featurizer.Reading reading,
            boolean threat) {
        int negative = labels.indexOf(SentimentLabel.NEGATIVE);
        int neutral = labels.indexOf(SentimentLabel.NEUTRAL);
        int positive = labels.indexOf(SentimentLabel.POSITIVE);
        int signals = reading.signals();
        boolean asks =
                SignalDetector.has(signals, Signal.QUESTION)
                        || SignalDetector.has(signals, Signal.REQUEST);
        if (SignalDetector.has(signals, Signal.SARCASM)) {
            towards(scores, negative, SARCASM);
        } else if (SignalDetector.has(signals, Signal.RESOLVED)) {
            towards(scores, positive, RESOLVED);
        } else if (SignalDetector.has(signals, Signal.OVERDUE)) {
            towards(scores, negative, OVERDUE);
        } else if (SignalDetector.has(signals, Signal.LITOTES)) {
            towards(scores, positive, LITOTES);
        } else if (asks && reading.positive() + reading.negative() <= QUESTION_MAX_OPINION) {
            towards(scores, neutral, QUESTION_NEUTRAL);
        } else if (threat) {
            towards(scores, negative, THREAT);
        }
    }

    /** Raises label {@code to} by {@code by} against each other label present. */
    private static void towards(double[] scores, int to, double by) {
        if (to < 0) {
            return;
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] += c == to ? by : 0;
        }
    }
}
