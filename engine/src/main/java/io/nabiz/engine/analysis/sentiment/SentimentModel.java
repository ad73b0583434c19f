package io.nabiz.engine.analysis.sentiment;

import io.nabiz.engine.analysis.Sentiment;
import io.nabiz.engine.analysis.SentimentLabel;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A multinomial logistic regression over hashed features: one weight per (bucket, label), laid out
 * bucket-major so that one feature's weights for all labels share a cache line.
 *
 * <p>Its scores are divided by a temperature fitted on held-out folds of the training data (Guo et
 * al., "On Calibration of Modern Neural Networks", ICML 2017), so that the confidence it reports is
 * close to how often it is right; the temperature never changes which label wins.
 *
 * <p>It also carries its prior gates: the calibrated confidences from which its reading stands
 * against the question prior, and against the litotes and threat priors, of the {@link
 * ServicePriors}, which a confident model is usually right about. The gates are chosen with the
 * weights, because they are confidences of this model.
 */
public final class SentimentModel {

    private final String lang;
    private final List<SentimentLabel> labels;
    private final FeatureSettings settings;
    private final float[] weights;
    private final double temperature;
    private final double priorGate;
    private final double stanceGate;
    private final PackedRows rows;

    /** A model whose priors always apply. */
    public SentimentModel(
            String lang,
            List<SentimentLabel> labels,
            FeatureSettings settings,
            float[] weights,
            double temperature) {
        this(
                lang,
                labels,
                settings,
                weights,
                temperature,
                ServicePriors.ALWAYS,
                ServicePriors.ALWAYS);
    }

    /**
     * @param weights {@code settings.buckets() * labels.size()} weights, bucket-major
     * @param temperature divides the scores before the softmax; 1 for none
     * @param priorGate the question prior applies only below this calibrated confidence; {@link
     *     ServicePriors#ALWAYS} for always
     * @param stanceGate the litotes and threat priors apply only below this calibrated confidence;
     *     {@link ServicePriors#ALWAYS} for always
     */
    public SentimentModel(
            String lang,
            List<SentimentLabel> labels,
            FeatureSettings settings,
            float[] weights,
            double temperature,
            double priorGate,
            double stanceGate) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.labels = List.copyOf(labels);
        this.settings = Objects.requireNonNull(settings, "settings");
        if (weights.length != settings.buckets() * this.labels.size()) {
            throw new IllegalArgumentException("weights do not match buckets × labels");
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0");
        }
        if (!(priorGate > 0 && priorGate <= ServicePriors.ALWAYS)
                || !(stanceGate > 0 && stanceGate <= ServicePriors.ALWAYS)) {
            throw new IllegalArgumentException("priorGate and stanceGate must be in (0, 1]");
        }
        this.weights = weights;
        this.temperature = temperature;
        this.priorGate = priorGate;
        this.stanceGate = stanceGate;
        this.rows = labels.size() == 3 ? new PackedRows(weights, settings.buckets()) : null;
    }

    public String lang() {
        return lang;
    }

    public List<SentimentLabel> labels() {
        return labels;
    }

    public FeatureSettings settings() {
        return settings;
    }

    public double temperature() {
        return temperature;
    }

    public double priorGate() {
        return priorGate;
    }

    public double stanceGate() {
        return stanceGate;
    }

    /** The same weights with another temperature. */
    public SentimentModel withTemperature(double t) {
        return new SentimentModel(lang, labels, settings, weights, t, priorGate, stanceGate);
    }

    /** The same weights with another prior gate. */
    public SentimentModel withPriorGate(double gate) {
        return new SentimentModel(lang, labels, settings, weights, temperature, gate, stanceGate);
    }

    /** The same weights with another stance gate. */
    public SentimentModel withStanceGate(double gate) {
        return new SentimentModel(lang, labels, settings, weights, temperature, priorGate, gate);
    }

    float[] weights() {
        return weights;
    }

    /**
     * The calibrated score of each label, in {@link #labels()} order: weights · v / temperature.
     */
    public double[] scores(FeatureVector v) {
        int k = labels.size();
        double[] scores = new double[k];
        if (rows != null) {
            threeScores(v, scores);
            return scores;
        }
        for (int i = 0; i < v.size(); i++) {
            int base = v.index(i) * k;
            float x = v.value(i);
            for (int c = 0; c < k; c++) {
                scores[c] += x * weights[base + c];
            }
        }
        for (int c = 0; c < k; c++) {
            scores[c] /= temperature;
        }
        return scores;
    }

    /**
     * The three-label case of {@link #scores}, summed in locals in the same order. Buckets whose
     * weights are all zero (most of them: features never seen in training) would add zeros, which
     * leave a sum unchanged, so they are skipped without touching the weights.
     */
    private void threeScores(FeatureVector v, double[] scores) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        float[] packed = rows.packed;
        for (int i = 0; i < v.size(); i++) {
            int row = rows.row(v.index(i));
            if (row < 0) {
                continue;
            }
            int base = row * 3;
            float x = v.value(i);
            s0 += x * packed[base];
            s1 += x * packed[base + 1];
            s2 += x * packed[base + 2];
        }
        scores[0] = s0 / temperature;
        scores[1] = s1 / temperature;
        scores[2] = s2 / temperature;
    }

    /**
     * The non-zero rows of a three-label weight table, packed: a bitmap of used buckets and a rank
     * per 64 buckets find a row's place. 2^20 buckets of three floats are 12 MB, mostly zeros; the
     * bitmap is 128 KB and stays in cache, and the packed rows are a fraction of the table.
     */
    private static final class PackedRows {

        private final long[] used;
        private final int[] rankBefore;
        final float[] packed;

        PackedRows(float[] weights, int buckets) {
            used = new long[(buckets + Long.SIZE - 1) / Long.SIZE];
            int count = 0;
            for (int b = 0; b < buckets; b++) {
                if (weights[3 * b] != 0 || weights[3 * b + 1] != 0 || weights[3 * b + 2] != 0) {
                    used[b >>> 6] |= 1L << b;
                    count++;
                }
            }
            rankBefore = new int[used.length];
            packed = new float[3 * count];
            int row = 0;
            for (int w = 0; w < used.length; w++) {
                rankBefore[w] = row;
                for (long bits = used[w]; bits != 0; bits &= bits - 1) {
                    int b = w * Long.SIZE + Long.numberOfTrailingZeros(bits);
                    System.arraycopy(weights, 3 * b, packed, 3 * row, 3);
                    row++;
                }
            }
        }

        /** The packed row of {@code bucket}, or −1 when its weights are all zero. */
        int row(int bucket) {
            long bits = used[bucket >>> 6];
            long bit = 1L << bucket;
            if ((bits & bit) == 0) {
                return -1;
            }
            return rankBefore[bucket >>> 6] + Long.bitCount(bits & (bit - 1));
        }
    }

    /** Label probabilities in {@link #labels()} order, restricted to {@code allowed}. */
    public double[] probabilities(FeatureVector v, Set<SentimentLabel> allowed) {
        return softmax(scores(v), allowed);
    }

    /** Softmax of {@code scores} over the allowed labels, in place; others get 0. */
    public double[] softmax(double[] scores, Set<SentimentLabel> allowed) {
        int k = labels.size();
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (allowed.contains(labels.get(c))) {
                max = Math.max(max, scores[c]);
            }
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            scores[c] = allowed.contains(labels.get(c)) ? Math.exp(scores[c] - max) : 0;
            sum += scores[c];
        }
        for (int c = 0; c < k; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    public Sentiment predict(FeatureVector v, Set<SentimentLabel> allowed) {
        return predict(scores(v), allowed);
    }

    /**
     * The most probable allowed label for the given {@link #scores}; score = P(positive) −
     * P(negative), confidence = the label's probability.
     */
    public Sentiment predict(double[] scores, Set<SentimentLabel> allowed) {
        double[] p = softmax(scores, allowed);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        double score =
                probability(p, SentimentLabel.POSITIVE) - probability(p, SentimentLabel.NEGATIVE);
        return new Sentiment(labels.get(best), clamp(score, -1, 1), clamp(p[best], 0, 1));
    }

    private double probability(double[] p, SentimentLabel label) {
        int i = labels.indexOf(label);
        return i < 0 ? 0 : p[i];
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
