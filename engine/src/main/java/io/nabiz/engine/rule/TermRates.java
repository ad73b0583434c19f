package io.nabiz.engine.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A key's usual per-window count of its frequent terms, what emerging terms are held against.
 *
 * <p>Nearly every window of a long-tail key is learnt (its own or a silent one caught up), so the
 * terms are parallel arrays sorted by term: a window decays them in one loop over plain doubles and
 * merges its own (sorted) terms in, with no boxed value and no tree; rules find a term by binary
 * search. Kept as state it is the same JSON object of term to mean as before (sorted by term).
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
     * The window's terms come in term order, so they merge with the remembered ones in one pass.
     */
    void learn(SortedMap<String, Long> window, double alpha) {
        if (window.comparator() != null) {
            throw new IllegalArgumentException("terms must be in their natural order");
        }
        double keep = 1 - alpha;
        if (window.isEmpty()) {
            for (int i = 0; i < size; i++) {
                means[i] *= keep;
            }
        } else {
            merge(window, alpha, keep);
        }
        forgetRarest();
    }

    private void merge(SortedMap<String, Long> window, double alpha, double keep) {
        String[] mergedTerms = new String[size + window.size()];
        double[] mergedMeans = new double[mergedTerms.length];
        int n = 0;
        int i = 0;
        for (Map.Entry<String, Long> e : window.entrySet()) {
            String term = e.getKey();
            for (; i < size && terms[i].compareTo(term) < 0; i++, n++) {
                mergedTerms[n] = terms[i];
                mergedMeans[n] = means[i] * keep;
            }
            double added = alpha * e.getValue();
            mergedTerms[n] = term;
            if (i < size && terms[i].equals(term)) {
                mergedMeans[n++] = means[i++] * keep + added;
            } else {
                mergedMeans[n++] = added;
            }
        }
        for (; i < size; i++, n++) {
            mergedTerms[n] = terms[i];
            mergedMeans[n] = means[i] * keep;
        }
        terms = mergedTerms;
        means = mergedMeans;
        size = n;
    }

    /**
     * Drops the terms beyond {@link #MAX_TERMS} with the smallest means, ties by term order: as
     * removing the rarest one at a time would, in one pass once the cut-off mean is known.
     */
    private void forgetRarest() {
        int drop = size - MAX_TERMS;
        if (drop <= 0) {
            return;
        }
        double[] sorted = Arrays.copyOf(means, size);
        Arrays.sort(sorted);
        double cutoff = sorted[drop - 1];
        int below = drop - 1;
        while (below > 0 && Double.compare(sorted[below - 1], cutoff) == 0) {
            below--;
        }
        int tiesToDrop = drop - below;
        int n = 0;
        for (int i = 0; i < size; i++) {
            int c = Double.compare(means[i], cutoff);
            if (c < 0) {
                continue;
            }
            if (c == 0 && tiesToDrop > 0) {
                tiesToDrop--;
                continue;
            }
            terms[n] = terms[i];
            means[n++] = means[i];
        }
        Arrays.fill(terms, n, size, null);
        size = n;
    }
}
