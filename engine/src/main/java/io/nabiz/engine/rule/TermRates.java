package io.nabiz.engine.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A key's usual per-window count of its frequent terms, what emerging terms are held against.
 *
 * <p>Nearly every window of a long-tail key is learnt (its own or a silent one caught up), so the
 * terms are parallel arrays sorted by term: a window decays them in one loop over plain doubles and
 * finds its own terms by binary search, with no boxed value and no tree. Kept as state it is the
 * same JSON object of term to mean as before (sorted by term).
 */
public final class TermRates {

    /** Terms whose usual rate a key remembers; the rarest are forgotten first. */
    static final int MAX_TERMS = 100;

    private String[] terms;
    private double[] means;
    private int size;

    public TermRates() {
        this(new String[0], new double[0], 0);
    }

    private TermRates(String[] terms, double[] means, int size) {
        this.terms = terms;
        this.means = means;
        this.size = size;
    }

    /** The rates as state holds them: term to usual count. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TermRates of(Map<String, Double> means) {
        TreeMap<String, Double> sorted = new TreeMap<>(means);
        TermRates r =
                new TermRates(new String[sorted.size()], new double[sorted.size()], sorted.size());
        int i = 0;
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            r.terms[i] = e.getKey();
            r.means[i++] = e.getValue();
        }
        return r;
    }

    /** Term to usual count, sorted by term. */
    @JsonValue
    public TreeMap<String, Double> asMap() {
        TreeMap<String, Double> m = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            m.put(terms[i], means[i]);
        }
        return m;
    }

    /** The usual per-window count of {@code term}, 0 when the key does not remember it. */
    public double usual(String term) {
        int i = Arrays.binarySearch(terms, 0, size, term);
        return i >= 0 ? means[i] : 0;
    }

    public int size() {
        return size;
    }

    /** The {@code i}-th term in term order: with {@link #mean}, the rates without a map. */
    public String term(int i) {
        return terms[Objects.checkIndex(i, size)];
    }

    /** The usual count of {@link #term term(i)}. */
    public double mean(int i) {
        return means[Objects.checkIndex(i, size)];
    }

    public TermRates copy() {
        return new TermRates(terms.clone(), means.clone(), size);
    }

    /**
     * Learns one window's term counts with weight {@code alpha}: every remembered term decays, the
     * window's terms are added, and beyond {@link #MAX_TERMS} the rarest go, ties alphabetically.
     */
    void learn(Map<String, Long> window, double alpha) {
        double keep = 1 - alpha;
        for (int i = 0; i < size; i++) {
            means[i] *= keep;
        }
        for (Map.Entry<String, Long> e : window.entrySet()) {
            double added = alpha * e.getValue();
            int i = Arrays.binarySearch(terms, 0, size, e.getKey());
            if (i >= 0) {
                means[i] += added;
            } else {
                insert(-i - 1, e.getKey(), added);
            }
        }
        while (size > MAX_TERMS) {
            remove(rarest());
        }
    }

    /** The smallest mean; on a tie the first, i.e. alphabetically smallest, term. */
    private int rarest() {
        int rarest = 0;
        for (int i = 1; i < size; i++) {
            if (Double.compare(means[i], means[rarest]) < 0) {
                rarest = i;
            }
        }
        return rarest;
    }

    private void insert(int at, String term, double mean) {
        if (size == terms.length) {
            int capacity = Math.max(8, size + size / 2);
            terms = Arrays.copyOf(terms, capacity);
            means = Arrays.copyOf(means, capacity);
        }
        System.arraycopy(terms, at, terms, at + 1, size - at);
        System.arraycopy(means, at, means, at + 1, size - at);
        terms[at] = term;
        means[at] = mean;
        size++;
    }

    private void remove(int at) {
        System.arraycopy(terms, at + 1, terms, at, size - at - 1);
        System.arraycopy(means, at + 1, means, at, size - at - 1);
        terms[--size] = null;
    }
}
