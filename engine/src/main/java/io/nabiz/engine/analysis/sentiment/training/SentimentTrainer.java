package io.nabiz.engine.analysis.sentiment.training;

import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.sentiment.FeatureSettings;
import io.nabiz.engine.analysis.sentiment.FeatureVector;
import io.nabiz.engine.analysis.sentiment.SentimentModel;
import java.util.List;
import java.util.Random;

/**
 * Fits a multinomial logistic regression by stochastic gradient descent with AdaGrad step sizes
 * (Duchi, Hazan and Singer, JMLR 2011), which suits hashed sparse features: rare n-grams keep large
 * steps, frequent ones settle.
 */
public final class SentimentTrainer {

    private static final double EPSILON = 1e-8;

    private final TrainingSettings training;

    public SentimentTrainer(TrainingSettings training) {
        this.training = training;
    }

    /**
     * @param vectors featurised training texts
     * @param gold each text's label index into {@code labels}
     */
    public SentimentModel train(
            String lang,
            List<SentimentLabel> labels,
            FeatureSettings features,
            List<FeatureVector> vectors,
            int[] gold) {
        int k = labels.size();
        float[] sum = new float[features.buckets() * k];
        for (int run = 0; run < training.runs(); run++) {
            float[] w = fit(features.buckets() * k, k, vectors, gold, training.seed() + run);
            for (int j = 0; j < w.length; j++) {
                sum[j] += w[j] / training.runs();
            }
        }
        return new SentimentModel(lang, labels, features, sum, 1);
    }

    /** One averaged-SGD fit on one shuffle. */
    private float[] fit(int size, int k, List<FeatureVector> vectors, int[] gold, long seed) {
        float[] w = new float[size];
        float[] g2 = new float[w.length];
        // Sum of step × update, for the average of w over all steps (Polyak averaging) at the end.
        float[] u = new float[w.length];
        long step = 1;
        double[] classWeight = classWeights(gold, k);
        int[] order = new int[vectors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] p = new double[k];
        for (int epoch = 0; epoch < training.epochs(); epoch++) {
            shuffle(order, random);
            for (int n : order) {
                FeatureVector v = vectors.get(n);
                softmax(v, w, k, p);
                for (int c = 0; c < k; c++) {
                    p[c] = (p[c] - (c == gold[n] ? 1 : 0)) * classWeight[gold[n]];
                }
                for (int i = 0; i < v.size(); i++) {
                    int base = v.index(i) * k;
                    float x = v.value(i);
                    for (int c = 0; c < k; c++) {
                        int j = base + c;
                        double g = p[c] * x + training.l2() * w[j];
                        g2[j] += (float) (g * g);
                        float delta =
                                (float) (training.learningRate() * g / Math.sqrt(g2[j] + EPSILON));
                        w[j] -= delta;
                        u[j] -= step * delta;
                    }
                }
                step++;
            }
        }
        for (int j = 0; j < w.length; j++) {
            w[j] -= u[j] / step;
        }
        return w;
    }

    private double[] classWeights(int[] gold, int k) {
        double[] weight = new double[k];
        java.util.Arrays.fill(weight, 1);
        if (!training.balanced()) {
            return weight;
        }
        int[] count = new int[k];
        for (int g : gold) {
            count[g]++;
        }
        for (int c = 0; c < k; c++) {
            weight[c] = count[c] == 0 ? 0 : (double) gold.length / (k * count[c]);
        }
        return weight;
    }

    private static void softmax(FeatureVector v, float[] w, int k, double[] p) {
        java.util.Arrays.fill(p, 0);
        for (int i = 0; i < v.size(); i++) {
            int base = v.index(i) * k;
            float x = v.value(i);
            for (int c = 0; c < k; c++) {
                p[c] += x * w[base + c];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : p) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= sum;
        }
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
