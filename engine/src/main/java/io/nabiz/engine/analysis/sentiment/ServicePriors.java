package io.nabiz.engine.analysis.sentiment;

import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.discourse.Signal;
import io.nabiz.engine.analysis.discourse.SignalDetector;
import io.nabiz.engine.analysis.token.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What customer service knows about a message's sentiment before any model: added to the model's
 * calibrated scores (log-odds), so a strong model reading still wins against a prior.
 *
 * <p>The training sets are tweets and reviews, where plain questions, thanks for a solved problem
 * and threats to leave or sue are rare; in a care queue they are daily. A question or request with
 * at most one mild opinion word in it leans neutral ({@code kargom ne zaman gelir?}); a solved
 * problem is not a complaint even though its words are there ({@code sorunum halledildi,
 * teşekkürler}); litotes is mild approval; sarcasm, advice against buying ({@code kesinlikle
 * almayın}) and churn or legal threats are complaints. The shifts are fixed domain knowledge, not
 * fitted: the project's dev figures with and without them are in docs/analysis.md.
 *
 * <p>Four priors yield to a confident model. A question shows in its words (question words, the
 * {@code -mI} particle, {@code können Sie}), which the model has already weighed, and a confident
 * reading against it is usually right: a question full of angry words is a complaint, a rhetorical
 * one in a tweet an opinion. So the question prior applies only while the model's calibrated
 * confidence is below its {@link SentimentModel#priorGate()}. Litotes, warnings and threats show in
 * words too: the model reads negated words apart from plain ones ({@code !kötü}) and sees the churn
 * and legal words themselves, and outside a care queue those words are often news ({@code davada},
 * {@code iptalini}) or a mild verdict that reviews label neutral ({@code fena sayılmazdı}); their
 * priors apply only below the model's {@link SentimentModel#stanceGate()}, which is 0.9 at the
 * lowest: they are the hard cases of service language, and only a model at least 90% sure overrules
 * them. Each gate is chosen by {@code nabiz train} with the model, among the gates that keep the
 * project's customer-service sentences right. The others always apply: a solved problem, sarcasm
 * and an overdue delivery live in how words relate (a resolution after the complaint, praise before
 * bad news, a "still" before a negated verb), which a bag of n-grams cannot see.
 */
public final class ServicePriors {

    /** A prior gate under which its priors always apply. */
    public static final double ALWAYS = 1.0;

    /**
     * Cues that make a message a complaint whatever its words: a threat to leave or to sue. Going
     * public is left out: its words ({@code everyone}, {@code media}) are common in plain talk.
     */
    public static final Set<String> THREAT_CUES = Set.of("churn", "legal");

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

    /**
     * Shifts towards negative: sarcasm, something still not done, a churn or legal threat, advice
     * against buying.
     */
    static final double SARCASM = 3.0;

    static final double OVERDUE = 2.0;
    static final double THREAT = 2.5;
    static final double WARNING = 2.5;

    /** How a retweet opens ({@code RT @user: …}), read after lower-casing. */
    private static final String RETWEET = "rt";

    private ServicePriors() {}

    /** Whether {@code cues} hold a churn or legal cue. */
    public static boolean isThreat(List<String> cues) {
        for (String cue : cues) {
            if (THREAT_CUES.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a message threatens to leave or to sue: a churn or legal cue on a word outside any
     * negation's scope. A negated one says the opposite ({@code vazgeçmiyoruz}, "we are not giving
     * up"; {@code vazgeçilmez}, "indispensable"; {@code I'm not switching}), so the cues are read
     * again without the negated words, which is needed only when a cue was found at all. A retweet
     * quotes another's words, mostly news ({@code RT @…: İstanbul Sözleşmesi'nin iptali …}), which
     * threaten nobody's leaving.
     *
     * @param cues the cues found in {@code terms}
     * @param cuesOf the cues of a list of terms, as the analysis tags them
     */
    public static boolean isThreat(
            List<String> cues, List<Term> terms, Function<List<Term>, List<String>> cuesOf) {
        if (!isThreat(cues) || isRetweet(terms)) {
            return false;
        }
        List<Term> affirmed = new ArrayList<>(terms.size());
        for (Term term : terms) {
            if (!term.negated()) {
                affirmed.add(term);
            }
        }
        return affirmed.size() == terms.size() || isThreat(cuesOf.apply(affirmed));
    }

    private static boolean isRetweet(List<Term> terms) {
        return !terms.isEmpty() && terms.get(0).surface().equals(RETWEET);
    }

    /**
     * @param scores the model's calibrated scores in {@code labels} order, shifted in place
     * @param reading the message's signals and lexicon valence
     * @param threat whether the message threatens to leave or to sue ({@link #isThreat(List, List,
     *     Function)})
     * @param allowed the labels the caller chooses among, over which the confidence is read
     * @param gate the question prior applies only below this confidence; {@link #ALWAYS} for always
     * @param stanceGate the litotes, warning and threat priors apply only below this confidence;
     *     {@link #ALWAYS} for always
     */
    public static void apply(
            double[] scores,
            List<SentimentLabel> labels,
            Featurizer.Reading reading,
            boolean threat,
            Set<SentimentLabel> allowed,
            double gate,
            double stanceGate) {
        int signals = reading.signals();
        if (SignalDetector.has(signals, Signal.SARCASM)) {
            towards(scores, labels, SentimentLabel.NEGATIVE, SARCASM);
        } else if (SignalDetector.has(signals, Signal.RESOLVED)) {
            towards(scores, labels, SentimentLabel.POSITIVE, RESOLVED);
        } else if (SignalDetector.has(signals, Signal.OVERDUE)) {
            towards(scores, labels, SentimentLabel.NEGATIVE, OVERDUE);
        } else if (SignalDetector.has(signals, Signal.LITOTES)) {
            if (open(scores, labels, allowed, stanceGate)) {
                towards(scores, labels, SentimentLabel.POSITIVE, LITOTES);
            }
        } else if (SignalDetector.has(signals, Signal.WARNING)) {
            if (open(scores, labels, allowed, stanceGate)) {
                towards(scores, labels, SentimentLabel.NEGATIVE, WARNING);
            }
        } else if (asks(reading)) {
            if (open(scores, labels, allowed, gate)) {
                towards(scores, labels, SentimentLabel.NEUTRAL, QUESTION_NEUTRAL);
            }
        } else if (threat) {
            if (open(scores, labels, allowed, stanceGate)) {
                towards(scores, labels, SentimentLabel.NEGATIVE, THREAT);
            }
        }
    }

    /** A question or request with at most a little opinion in it. */
    private static boolean asks(Featurizer.Reading reading) {
        int signals = reading.signals();
        return (SignalDetector.has(signals, Signal.QUESTION)
                        || SignalDetector.has(signals, Signal.REQUEST))
                && reading.positive() + reading.negative() <= QUESTION_MAX_OPINION;
    }

    /** Whether the gated prior applies: the model is less sure than the gate, or always. */
    private static boolean open(
            double[] scores,
            List<SentimentLabel> labels,
            Set<SentimentLabel> allowed,
            double gate) {
        return gate >= ALWAYS || confidence(scores, labels, allowed) < gate;
    }

    /** The probability of the most probable allowed label: the softmax's largest share. */
    static double confidence(
            double[] scores, List<SentimentLabel> labels, Set<SentimentLabel> allowed) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < scores.length; c++) {
            if (allowed.contains(labels.get(c))) {
                max = Math.max(max, scores[c]);
            }
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            if (allowed.contains(labels.get(c))) {
                sum += Math.exp(scores[c] - max);
            }
        }
        return 1 / sum;
    }

    /** Raises label {@code to}, when the model has it, by {@code by} against the others. */
    private static void towards(
            double[] scores, List<SentimentLabel> labels, SentimentLabel to, double by) {
        int c = labels.indexOf(to);
        if (c >= 0) {
            scores[c] += by;
        }
    }
}
