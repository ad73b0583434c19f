package io.nabiz.engine.analysis.sentiment.training;

import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.sentiment.Featurizer;
import io.nabiz.engine.analysis.sentiment.ServicePriors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses a trained model's prior gate: the calibrated confidence from which the model's reading
 * stands against the question prior of the {@link ServicePriors}.
 *
 * <p>The priors are knowledge of customer-service messages, which the tweets and reviews of the
 * training and dev files hardly contain; on those files the priors cost a little. So the gate is
 * the one with the best mean of the cross-validated and the mean dev macro-F1 of the whole reading
 * (model and priors), among the gates that keep the customer-service sentences of the project
 * ({@code config/samples/cx-sentences-<lang>.tsv}) at or above {@value #SERVICE_FLOOR} label
 * accuracy: the floor is the project's requirement for service language, the score is the honest
 * estimate on the rest. Equal scores keep the higher gate, the one closer to the priors.
 *
 * <p>The question gate is chosen first, with the litotes and threat priors always applied; then the
 * stance gate of those two priors, by the same rule with the chosen question gate, among {@link
 * #STANCE_GATES} only: litotes read as approval and a calm threat read as a complaint are the hard
 * cases of service language the project asks for, and a Turkish model 62–82% sure that {@code hiç
 * de kötü değil} or {@code Avukatımla görüşüp dava açacağım} is neutral (reviews label litotes
 * neutral as often as positive) must not overrule them; only a model at least 90% sure does.
 */
public final class PriorGateSelection {

    private static final double ALWAYS = ServicePriors.ALWAYS;

    /** The gates tried, lowest first. */
    public static final List<Double> GATES = List.of(0.5, 0.6, 0.7, 0.8, 0.9, ServicePriors.ALWAYS);

    /** The stance gates tried, lowest first. */
    public static final List<Double> STANCE_GATES = List.of(0.9, ServicePriors.ALWAYS);

    /** Label accuracy the customer-service sentences must keep. */
    public static final double SERVICE_FLOOR = 0.90;

    private final List<SentimentLabel> labels;

    /**
     * Texts read once: their labels, their readings, whether each carries a churn or legal cue, and
     * the model's calibrated scores before any prior.
     */
    public record ScoredSet(
            String name,
            List<SentimentLabel> gold,
            List<Featurizer.Reading> readings,
            boolean[] threats,
            List<double[]> scores) {

        public ScoredSet {
            Objects.requireNonNull(name, "name");
            if (gold.size() != readings.size()
                    || gold.size() != threats.length
                    || gold.size() != scores.size()) {
                throw new IllegalArgumentException(
                        name + ": one label, reading, cue flag and score each");
            }
        }
    }

    /** The chosen gates and every gate's figures, for the manifest. */
    public record Choice(
            double gate,
            List<Map<String, Object>> tried,
            double stanceGate,
            List<Map<String, Object>> stanceTried) {}

    /**
     * @param labels the model's labels, in the order of its scores
     */
    public PriorGateSelection(List<SentimentLabel> labels) {
        this.labels = List.copyOf(labels);
    }

    /**
     * Each set is scored among the labels it holds, as {@code nabiz eval-sentiment} scores a file:
     * a binary dev file as a binary task, the service sentences among all three labels.
     *
     * @param outOfFold the training texts with their out-of-fold scores
     * @param dev the dev files
     * @param service the customer-service sentences
     */
    public Choice choose(ScoredSet outOfFold, List<ScoredSet> dev, ScoredSet service) {
        List<Map<String, Object>> tried = new ArrayList<>();
        double gate = best(outOfFold, dev, service, GATES, tried, g -> new double[] {g, ALWAYS});
        List<Map<String, Object>> stanceTried = new ArrayList<>();
        double stanceGate =
                best(
                        outOfFold,
                        dev,
                        service,
                        STANCE_GATES,
                        stanceTried,
                        g -> new double[] {gate, g});
        return new Choice(gate, tried, stanceGate, stanceTried);
    }

    /**
     * The best of {@code candidates} by the rule above, each tried one becoming the (question,
     * stance) gates {@code asGates} gives; their figures are added to {@code tried}.
     */
    private double best(
            ScoredSet outOfFold,
            List<ScoredSet> dev,
            ScoredSet service,
            List<Double> candidates,
            List<Map<String, Object>> tried,
            java.util.function.DoubleFunction<double[]> asGates) {
        double best = ALWAYS;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double gate : candidates) {
            double[] gates = asGates.apply(gate);
            double cv = evaluate(outOfFold, gates[0], gates[1]).macroF1();
            double sum = 0;
            Map<String, Object> devFigures = new LinkedHashMap<>();
            for (ScoredSet set : dev) {
                double f1 = evaluate(set, gates[0], gates[1]).macroF1();
                devFigures.put(set.name(), Evaluation.round(f1));
                sum += f1;
            }
            double meanDev = dev.isEmpty() ? cv : sum / dev.size();
            double serviceAccuracy = evaluate(service, gates[0], gates[1]).accuracy();
            double score = (cv + meanDev) / 2;
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("gate", gate);
            point.put("cvMacroF1", Evaluation.round(cv));
            point.put("meanDevMacroF1", Evaluation.round(meanDev));
            point.put("dev", devFigures);
            point.put("serviceAccuracy", Evaluation.round(serviceAccuracy));
            tried.add(point);
            if (serviceAccuracy >= SERVICE_FLOOR && score >= bestScore) {
                best = gate;
                bestScore = score;
            }
        }
        return best;
    }

    /** The whole reading at {@code gate}, litotes and threat priors always applied. */
    Evaluation evaluate(ScoredSet set, double gate) {
        return evaluate(set, gate, ALWAYS);
    }

    /**
     * The whole reading at the question gate {@code gate} and the {@code stanceGate}, choosing
     * among the labels {@code set} holds.
     */
    Evaluation evaluate(ScoredSet set, double gate, double stanceGate) {
        Set<SentimentLabel> present = EnumSet.copyOf(set.gold());
        present.retainAll(labels);
        List<SentimentLabel> scored = labels.stream().filter(present::contains).toList();
        Evaluation e = new Evaluation(scored);
        for (int i = 0; i < set.gold().size(); i++) {
            double[] s = set.scores().get(i).clone();
            ServicePriors.apply(
                    s, labels, set.readings().get(i), set.threats()[i], present, gate, stanceGate);
            e.add(set.gold().get(i), best(s, present));
        }
        return e;
    }

    private SentimentLabel best(double[] scores, Set<SentimentLabel> allowed) {
        int best = -1;
        for (int c = 0; c < scores.length; c++) {
            if (allowed.contains(labels.get(c)) && (best < 0 || scores[c] > scores[best])) {
                best = c;
            }
        }
        return labels.get(best);
    }
}
