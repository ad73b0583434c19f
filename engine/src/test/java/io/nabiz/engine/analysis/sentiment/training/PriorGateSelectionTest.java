package io.nabiz.engine.analysis.sentiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.discourse.Signal;
import io.nabiz.engine.analysis.sentiment.FeatureVector;
import io.nabiz.engine.analysis.sentiment.Featurizer;
import io.nabiz.engine.analysis.sentiment.ServicePriors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorGateSelectionTest {

    private static final List<SentimentLabel> LABELS =
            List.of(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE);
    private static final SentimentLabel NEG = SentimentLabel.NEGATIVE;
    private static final SentimentLabel NEU = SentimentLabel.NEUTRAL;
    private static final SentimentLabel POS = SentimentLabel.POSITIVE;

    /** Negative at about 0.63: gates of 0.7 and up let the question prior turn it neutral. */
    private static final double[] FAIRLY_SURE_NEGATIVE = {1.0, 0.0, -0.5};

    /** Negative at about 0.95: stays negative even when the question prior applies. */
    private static final double[] SURE_NEGATIVE = {3.5, 0.0, -0.5};

    private final PriorGateSelection selection = new PriorGateSelection(LABELS);

    @Test
    void keepsTheBestTweetFiguresAmongTheGatesThatKeepServiceLanguageRight() {
        // Tweets: two negative questions the model reads right with some confidence, which a
        // prior would turn neutral; a neutral and a positive tweet give the set its three labels.
        ScoredSetBuilder tweets =
                new ScoredSetBuilder("tweets")
                        .add(NEG, FAIRLY_SURE_NEGATIVE, Signal.QUESTION)
                        .add(NEG, FAIRLY_SURE_NEGATIVE, Signal.QUESTION)
                        .add(NEU, new double[] {0.0, 1.0, 0.0})
                        .add(POS, new double[] {0.0, 0.0, 1.0});
        // Service: ten plain questions, one of which the model reads fairly surely as negative,
        // and a word of praise.
        ScoredSetBuilder service = new ScoredSetBuilder("service");
        for (int i = 0; i < 9; i++) {
            service.add(NEU, new double[] {0.1, 0.0, 0.0}, Signal.QUESTION);
        }
        service.add(NEU, FAIRLY_SURE_NEGATIVE, Signal.QUESTION);
        service.add(POS, new double[] {0.0, 0.0, 2.0});

        PriorGateSelection.Choice choice =
                selection.choose(tweets.build(), List.of(tweets.build()), service.build());

        // 0.5 and 0.6 leave the fairly sure questions negative: 10 of 11 service sentences right,
        // above the floor, and the tweets untouched, so the higher of the two equal gates is kept.
        assertEquals(0.6, choice.gate());
        assertEquals(PriorGateSelection.GATES.size(), choice.tried().size());
        Map<String, Object> always = choice.tried().get(choice.tried().size() - 1);
        assertEquals(1.0, always.get("serviceAccuracy"));
    }

    @Test
    void fallsBackToAlwaysWhenNoGateKeepsTheServiceFloor() {
        // Sure negatives that are plain questions: even the prior cannot turn them.
        ScoredSetBuilder service = new ScoredSetBuilder("service");
        for (int i = 0; i < 5; i++) {
            service.add(NEU, SURE_NEGATIVE, Signal.QUESTION);
        }
        service.add(POS, new double[] {0.0, 0.0, 2.0});
        ScoredSetBuilder train =
                new ScoredSetBuilder("train")
                        .add(NEG, SURE_NEGATIVE, Signal.QUESTION)
                        .add(NEU, new double[] {0.0, 1.0, 0.0});

        PriorGateSelection.Choice choice =
                selection.choose(train.build(), List.of(), service.build());

        assertEquals(ServicePriors.ALWAYS, choice.gate());
    }

    @Test
    void theStanceGateIsChosenByTheSameRuleAtTheChosenQuestionGate() {
        // Reviews: news about a lawsuit the model reads neutral at about 0.92, which the threat
        // prior would turn negative, and a negative and a positive review.
        double[] fairlySureNeutral = {0.5, 2.9, -5.0};
        ScoredSetBuilder reviews =
                new ScoredSetBuilder("reviews")
                        .addThreat(NEU, fairlySureNeutral)
                        .add(NEG, new double[] {1.0, 0.0, 0.0})
                        .add(POS, new double[] {0.0, 0.0, 1.0});
        // Service: a calm legal threat the model reads neutral at about 0.53, and praise.
        ScoredSetBuilder service =
                new ScoredSetBuilder("service")
                        .addThreat(NEG, new double[] {0.0, 0.8, 0.0})
                        .add(POS, new double[] {0.0, 0.0, 2.0});

        PriorGateSelection.Choice choice =
                selection.choose(reviews.build(), List.of(reviews.build()), service.build());

        // The calm threat is read as one at every stance gate; only 0.9 keeps the news neutral.
        assertEquals(0.9, choice.stanceGate());
        assertEquals(PriorGateSelection.STANCE_GATES.size(), choice.stanceTried().size());
        assertEquals(
                1.0,
                selection.evaluate(service.build(), choice.gate(), choice.stanceGate()).accuracy());
    }

    @Test
    void aBinarySetIsScoredAmongItsTwoLabels() {
        // Neutral leads, but a binary set can only say negative or positive.
        ScoredSetBuilder binary =
                new ScoredSetBuilder("binary")
                        .add(POS, new double[] {0.0, 3.0, 0.5})
                        .add(NEG, new double[] {0.5, 3.0, 0.0});

        assertEquals(1.0, selection.evaluate(binary.build(), ServicePriors.ALWAYS).accuracy());
    }

    private static final class ScoredSetBuilder {
        private final String name;
        private final List<SentimentLabel> gold = new ArrayList<>();
        private final List<Featurizer.Reading> readings = new ArrayList<>();
        private final List<double[]> scores = new ArrayList<>();
        private final List<Boolean> threats = new ArrayList<>();

        ScoredSetBuilder(String name) {
            this.name = name;
        }

        ScoredSetBuilder add(SentimentLabel label, double[] score, Signal... signals) {
            int bits = 0;
            for (Signal s : signals) {
                bits |= 1 << s.ordinal();
            }
            gold.add(label);
            readings.add(new Featurizer.Reading(new FeatureVector(1), bits, 0f, 0f));
            scores.add(score);
            threats.add(false);
            return this;
        }

        /** A text with a churn or legal cue outside negation. */
        ScoredSetBuilder addThreat(SentimentLabel label, double[] score) {
            add(label, score);
            threats.set(threats.size() - 1, true);
            return this;
        }

        PriorGateSelection.ScoredSet build() {
            boolean[] flags = new boolean[threats.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = threats.get(i);
            }
            return new PriorGateSelection.ScoredSet(name, gold, readings, flags, scores);
        }
    }
}
