package io.nabiz.engine.analysis.sentiment.training;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Temperature scaling (Guo et al., ICML 2017): one divisor for a model's scores, chosen to minimise
 * the negative log-likelihood of held-out predictions, so that a reported confidence of 0.8 is
 * right about four times in five. It never changes which label wins.
 */
public final class Calibration {

    private static final double MIN_LOG_T = Math.log(0.05);
    private static final double MAX_LOG_T = Math.log(20);
    private static final int SEARCH_STEPS = 60;
    private static final int BINS = 10;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private Calibration() {}

    /**
     * @param scores each held-out text's raw label scores
     * @param gold each text's label index
     */
    public static double fitTemperature(double[][] scores, int[] gold) {
        double lo = MIN_LOG_T;
        double hi = MAX_LOG_T;
        // The NLL is convex in 1/T, and unimodal in log T: a golden-section search finds it.
        for (int i = 0; i < SEARCH_STEPS; i++) {
            double a = hi - GOLDEN * (hi - lo);
            double b = lo + GOLDEN * (hi - lo);
            if (nll(scores, gold, Math.exp(a)) < nll(scores, gold, Math.exp(b))) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** Mean negative log-likelihood and expected calibration error, raw and at {@code t}. */
    public static Map<String, Object> report(double[][] scores, int[] gold, double t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nllRaw", Evaluation.round(nll(scores, gold, 1)));
        out.put("nllCalibrated", Evaluation.round(nll(scores, gold, t)));
        out.put("eceRaw", Evaluation.round(ece(scores, gold, 1)));
        out.put("eceCalibrated", Evaluation.round(ece(scores, gold, t)));
        return out;
    }

    static double nll(double[][] scores, int[] gold, double t) {
        double sum = 0;
        for (int i = 0; i < gold.length; i++) {
            sum -= Math.log(Math.max(1e-12, probabilities(scores[i], t)[gold[i]]));
        }
        return sum / gold.length;
    }

    /** Expected calibration error over {@value #BINS} equal-width confidence bins. */
    static double ece(double[][] scores, int[] gold, double t) {
        double[] confidence = new double[BINS];
        double[] correct = new double[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < gold.length; i++) {
            double[] p = probabilities(scores[i], t);
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            int bin = Math.min(BINS - 1, (int) (p[best] * BINS));
            confidence[bin] += p[best];
            correct[bin] += best == gold[i] ? 1 : 0;
            count[bin]++;
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                ece += Math.abs(correct[b] - confidence[b]) / gold.length;
            }
        }
        return ece;
    }

    private static double[] probabilities(double[] scores, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s / t);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(scores[c] / t - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
