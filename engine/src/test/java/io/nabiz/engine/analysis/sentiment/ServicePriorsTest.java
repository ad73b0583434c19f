package io.nabiz.engine.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.discourse.Signal;
import io.nabiz.engine.analysis.token.Term;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServicePriorsTest {

    private static final List<SentimentLabel> LABELS =
            List.of(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE);
    private static final Set<SentimentLabel> ALL = EnumSet.allOf(SentimentLabel.class);

    /** Negative at 0.84 against 0.11 and 0.04: a confident reading. */
    private static final double[] CONFIDENT_NEGATIVE = {2.0, 0.0, -1.0};

    /** Negative at 0.42 against 0.31 and 0.28: an unsure one. */
    private static final double[] UNSURE_NEGATIVE = {0.3, 0.0, -0.1};

    @Test
    void aGatedPriorYieldsToAConfidentModel() {
        double[] scores = CONFIDENT_NEGATIVE.clone();

        ServicePriors.apply(
                scores, LABELS, reading(Signal.QUESTION), false, ALL, 0.8, ServicePriors.ALWAYS);

        assertArrayEquals(CONFIDENT_NEGATIVE, scores);
    }

    @Test
    void aGatedPriorAppliesWhileTheModelIsUnsure() {
        double[] scores = UNSURE_NEGATIVE.clone();

        ServicePriors.apply(
                scores, LABELS, reading(Signal.QUESTION), false, ALL, 0.8, ServicePriors.ALWAYS);

        assertEquals(UNSURE_NEGATIVE[1] + ServicePriors.QUESTION_NEUTRAL, scores[1], 1e-12);
        assertEquals(UNSURE_NEGATIVE[0], scores[0], 1e-12);
    }

    @Test
    void everyGatedPriorAppliesAlwaysAtTheTopGate() {
        double[] litotes = CONFIDENT_NEGATIVE.clone();
        double[] threat = {0.0, 2.0, -1.0};

        ServicePriors.apply(
                litotes,
                LABELS,
                reading(Signal.LITOTES),
                false,
                ALL,
                ServicePriors.ALWAYS,
                ServicePriors.ALWAYS);
        ServicePriors.apply(
                threat, LABELS, reading(), true, ALL, ServicePriors.ALWAYS, ServicePriors.ALWAYS);

        assertEquals(-1.0 + ServicePriors.LITOTES, litotes[2], 1e-12);
        assertEquals(ServicePriors.THREAT, threat[0], 1e-12);
    }

    @Test
    void litotesAndThreatsYieldToAConfidentModelAtTheirStanceGate() {
        // A confident neutral reading of news about a lawsuit, and of a review's "fena
        // sayılmazdı" that the reviewers label neutral.
        double[] confidentNeutral = {-1.0, 2.0, 0.0};
        double[] threat = confidentNeutral.clone();
        double[] litotes = confidentNeutral.clone();

        ServicePriors.apply(threat, LABELS, reading(), true, ALL, 0.5, 0.8);
        ServicePriors.apply(litotes, LABELS, reading(Signal.LITOTES), false, ALL, 0.5, 0.8);

        assertArrayEquals(confidentNeutral, threat);
        assertArrayEquals(confidentNeutral, litotes);
    }

    @Test
    void litotesAndThreatsApplyWhileTheModelIsUnsureWhateverTheQuestionGate() {
        double[] threat = UNSURE_NEGATIVE.clone();
        double[] litotes = UNSURE_NEGATIVE.clone();

        ServicePriors.apply(threat, LABELS, reading(), true, ALL, 0.3, 0.8);
        ServicePriors.apply(litotes, LABELS, reading(Signal.LITOTES), false, ALL, 0.3, 0.8);

        assertEquals(UNSURE_NEGATIVE[0] + ServicePriors.THREAT, threat[0], 1e-12);
        assertEquals(UNSURE_NEGATIVE[2] + ServicePriors.LITOTES, litotes[2], 1e-12);
    }

    @Test
    void theQuestionGateLeavesLitotesAndThreatsAlone() {
        // A stance gate of ALWAYS keeps the stance priors always on, as older models read.
        double[] threat = CONFIDENT_NEGATIVE.clone();

        ServicePriors.apply(threat, LABELS, reading(), true, ALL, 0.5, ServicePriors.ALWAYS);

        assertEquals(CONFIDENT_NEGATIVE[0] + ServicePriors.THREAT, threat[0], 1e-12);
    }

    @Test
    void aSolvedProblemAndSarcasmOverruleEvenAConfidentModel() {
        double[] resolved = CONFIDENT_NEGATIVE.clone();
        double[] sarcasm = {-1.0, 0.0, 2.0};

        ServicePriors.apply(resolved, LABELS, reading(Signal.RESOLVED), false, ALL, 0.5, 0.5);
        ServicePriors.apply(sarcasm, LABELS, reading(Signal.SARCASM), false, ALL, 0.5, 0.5);

        assertEquals(-1.0 + ServicePriors.RESOLVED, resolved[2], 1e-12);
        assertEquals(-1.0 + ServicePriors.SARCASM, sarcasm[0], 1e-12);
    }

    @Test
    void confidenceIsReadAmongTheAllowedLabelsOnly() {
        double[] scores = {0.0, 5.0, 0.0};
        Set<SentimentLabel> binary = EnumSet.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);

        assertEquals(0.5, ServicePriors.confidence(scores, LABELS, binary), 1e-12);
        assertTrue(ServicePriors.confidence(scores, LABELS, ALL) > 0.98);
    }

    @Test
    void aNegatedChurnWordIsNoThreat() {
        // "İstanbul Sözleşmesi'nden vazgeçmiyoruz": we are not giving it up.
        List<Term> terms =
                List.of(
                        new Term("sözleşmesi", "sözle", false, false),
                        new Term("vazgeçmiyoruz", "vazge", true, false));

        assertFalse(ServicePriors.isThreat(List.of("churn"), terms, ServicePriorsTest::churnOf));
    }

    @Test
    void aChurnWordOutsideNegationIsAThreatWhateverElseIsNegated() {
        // "Sorun çözülmedi, aboneliğimi iptal ediyorum": the complaint is negated, the churn not.
        List<Term> terms =
                List.of(
                        new Term("sorun", "sorun", false, false),
                        new Term("çözülmedi", "çözül", true, false),
                        new Term("iptal", "iptal", false, false));

        assertTrue(ServicePriors.isThreat(List.of("churn"), terms, ServicePriorsTest::churnOf));
        assertFalse(ServicePriors.isThreat(List.of(), terms, ServicePriorsTest::churnOf));
    }

    @Test
    void aRetweetQuotesAnotherAndThreatensNothing() {
        // "RT @haber: sözleşmenin iptali": news quoted, not the author leaving.
        List<Term> terms =
                List.of(
                        new Term("rt", "rt", false, false),
                        new Term("sözleşmenin", "sözle", false, false),
                        new Term("iptali", "iptal", false, false));

        assertFalse(ServicePriors.isThreat(List.of("churn"), terms, ServicePriorsTest::churnOf));
        assertTrue(
                ServicePriors.isThreat(
                        List.of("churn"), terms.subList(1, 3), ServicePriorsTest::churnOf));
    }

    @Test
    void adviceAgainstBuyingIsAComplaintUnlessTheModelIsSure() {
        // "kesinlikle almayın" read as positive by an unsure model.
        double[] unsure = {-0.1, 0.0, 0.3};
        double[] confident = {-2.0, 0.0, 3.0};

        ServicePriors.apply(
                unsure, LABELS, reading(Signal.WARNING), false, ALL, ServicePriors.ALWAYS, 0.9);
        ServicePriors.apply(
                confident, LABELS, reading(Signal.WARNING), false, ALL, ServicePriors.ALWAYS, 0.9);

        assertEquals(-0.1 + ServicePriors.WARNING, unsure[0], 1e-12);
        assertArrayEquals(new double[] {-2.0, 0.0, 3.0}, confident);
    }

    /** A stand-in for the tagger: churn for the stems {@code vazge} and {@code iptal}. */
    private static List<String> churnOf(List<Term> terms) {
        for (Term t : terms) {
            if (t.stem().equals("vazge") || t.stem().equals("iptal")) {
                return List.of("churn");
            }
        }
        return List.of();
    }

    @Test
    void onlyChurnAndLegalCuesAreThreats() {
        assertTrue(ServicePriors.isThreat(List.of("escalation", "legal")));
        assertTrue(ServicePriors.isThreat(List.of("churn")));
        assertFalse(ServicePriors.isThreat(List.of("escalation")));
        assertFalse(ServicePriors.isThreat(List.of()));
    }

    private static Featurizer.Reading reading(Signal... signals) {
        int bits = 0;
        for (Signal s : signals) {
            bits |= 1 << s.ordinal();
        }
        return new Featurizer.Reading(new FeatureVector(1), bits, 0f, 0f);
    }
}
