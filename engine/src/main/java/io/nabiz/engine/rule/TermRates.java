package io.nabiz.engine.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
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
    void learn(NavigableMap<String, Long> window, double alpha) {
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

    /**
     * Merges from the back, in place: the arrays grow only when the window brings more terms than
     * they have room for, and the merged run, which ends at the arrays' new end, moves to the
     * front.
     */
    private void merge(NavigableMap<String, Long> window, double alpha, double keep) {
        int end = size + window.size();
        if (end > terms.length) {
            int capacity = Math.max(end, size + size / 2);
            terms = Arrays.copyOf(terms, capacity);
            means = Arrays.copyOf(means, capacity);
        }
        int i = size - 1;
        int at = end;
        for (Map.Entry<String, Long> e : window.descendingMap().entrySet()) {
            String term = e.getKey();
            for (; i >= 0 && terms[i].compareTo(term) > 0; i--) {
                terms[--at] = terms[i];
                means[at] = means[i] * keep;
            }
            double added = alpha * e.getValue();
            if (i >= 0 && terms[i].equals(term)) {
                means[--at] = means[i--] * keep + added;
            } else {
                means[--at] = added;
            }
            terms[at] = term;
        }
        for (; i >= 0; i--) {
            terms[--at] = terms[i];
            means[at] = means[i] * keep;
        }
        size = end - at;
        System.arraycopy(terms, at, terms, 0, size);
        System.arraycopy(means, at, means, 0, size);
        Arrays.fill(terms, size, end, null);
    }

    /**
     * Drops the terms beyond {@link #MAX_TERMS} with the smallest means, ties by term order, as
     * removing the rarest one at a time would: a heap of the rarest so far finds the last of them
     * to go, and one pass keeps every term ranked after it.
     */
    private void forgetRarest() {
        int drop = size - MAX_TERMS;
        if (drop <= 0) {
            return;
        }
        // A max-heap by rank (mean, then position) of the `drop` rarest terms seen so far.
        int[] heap = new int[drop];
        for (int i = 0; i < drop; i++) {
            heap[i] = i;
            for (int c = i; c > 0 && ranksAfter(heap[c], heap[(c - 1) / 2]); c = (c - 1) / 2) {
                swap(heap, c, (c - 1) / 2);
            }
        }
        for (int i = drop; i < size; i++) {
            // A later position ranks after an earlier one of the same mean.
            if (Double.compare(means[i], means[heap[0]]) < 0) {
                heap[0] = i;
                siftDown(heap);
            }
        }
        int last = heap[0];
        double lastMean = means[last]; // before the pass below moves terms over it
        int n = 0;
        for (int i = 0; i < size; i++) {
            int c = Double.compare(means[i], lastMean);
            if (c > 0 || (c == 0 && i > last)) {
                terms[n] = terms[i];
                means[n++] = means[i];
            }
        }
        Arrays.fill(terms, n, size, null);
        size = n;
    }

    /** Whether term {@code a} is less rare than term {@code b}: a larger mean, or a later term. */
    private boolean ranksAfter(int a, int b) {
        int c = Double.compare(means[a], means[b]);
        return c > 0 || (c == 0 && a > b);
    }

    private void siftDown(int[] heap) {
        for (int p = 0; ; ) {
            int c = 2 * p + 1;
            if (c >= heap.length) {
                return;
            }
            if (c + 1 < heap.length && ranksAfter(heap[c + 1], heap[c])) {
                c++;
            }
            if (!ranksAfter(heap[c], heap[p])) {
                return;
            }
            swap(heap, p, c);
            p = c;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
