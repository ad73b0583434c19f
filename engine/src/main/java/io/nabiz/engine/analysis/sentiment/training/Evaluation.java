package io.nabiz.engine.analysis.sentiment.training;

import io.nabiz.engine.analysis.SentimentLabel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classification quality over a labelled set: accuracy, macro-averaged F1 and per-label precision,
 * recall and F1, from a confusion matrix over the labels present in the gold data.
 */
public final class Evaluation {

    private final List<SentimentLabel> labels;
    private final long[][] confusion;
    private long total;

    /**
     * @param labels the labels to report, gold and predicted labels must be among them
     */
    public Evaluation(List<SentimentLabel> labels) {
        this.labels = List.copyOf(labels);
        this.confusion = new long[labels.size()][labels.size()];
    }

    public void add(SentimentLabel gold, SentimentLabel predicted) {
        confusion[labels.indexOf(gold)][labels.indexOf(predicted)]++;
        total++;
    }

    public long total() {
        return total;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < labels.size(); i++) {
            correct += confusion[i][i];
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    public double precision(int label) {
        long predicted = 0;
        for (long[] row : confusion) {
            predicted += row[label];
        }
        return predicted == 0 ? 0 : (double) confusion[label][label] / predicted;
    }

    public double recall(int label) {
        long gold = 0;
        for (long n : confusion[label]) {
            gold += n;
        }
        return gold == 0 ? 0 : (double) confusion[label][label] / gold;
    }

    public double f1(int label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (int i = 0; i < labels.size(); i++) {
            sum += f1(i);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }

    /** The figures as an ordered map, ready for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("messages", total);
        out.put("accuracy", round(accuracy()));
        out.put("macroF1", round(macroF1()));
        Map<String, Object> perClass = new LinkedHashMap<>();
        Map<String, Object> matrix = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("precision", round(precision(i)));
            c.put("recall", round(recall(i)));
            c.put("f1", round(f1(i)));
            long support = 0;
            Map<String, Long> row = new LinkedHashMap<>();
            for (int j = 0; j < labels.size(); j++) {
                support += confusion[i][j];
                row.put(labels.get(j).wireName(), confusion[i][j]);
            }
            c.put("support", support);
            perClass.put(labels.get(i).wireName(), c);
            matrix.put(labels.get(i).wireName(), row);
        }
        out.put("perClass", perClass);
        out.put("confusion", matrix);
        return out;
    }

    static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
