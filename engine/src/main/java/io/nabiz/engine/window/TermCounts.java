package io.nabiz.engine.window;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each term occurred in a window: strings and counts in two arrays, found by open
 * addressing. A busy window meets thousands of terms, most of them several times, on every one of
 * its mentions; a {@code HashMap<String, Long>} made a node per term and a boxed count per addition
 * past 127, and grew by rehashing its nodes.
 *
 * <p>Iterate by slot: {@code for (int s = 0; s < slots(); s++) if (term(s) != null) …}. As JSON
 * (the state of earlier versions) it is an object of counts.
 */
public final class TermCounts {

    private static final int INITIAL_SLOTS = 16;

    private String[] terms;
    private long[] counts;
    private int size;

    public TermCounts() {
        this(INITIAL_SLOTS);
    }

    /** Room for {@code expected} terms without growing. */
    public TermCounts(int expected) {
        int slots = INITIAL_SLOTS;
        while (slots < expected * 2) {
            slots <<= 1;
        }
        terms = new String[slots];
        counts = new long[slots];
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TermCounts of(Map<String, Long> counts) {
        TermCounts c = new TermCounts(counts.size());
        counts.forEach(c::add);
        return c;
    }

    /** Adds {@code n} occurrences of {@code term}. */
    public void add(String term, long n) {
        int mask = terms.length - 1;
        int slot = spread(term.hashCode()) & mask;
        for (String t; (t = terms[slot]) != null; slot = (slot + 1) & mask) {
            if (t.equals(term)) {
                counts[slot] += n;
                return;
            }
        }
        terms[slot] = term;
        counts[slot] = n;
        // At most half full: probes stay short.
        if (++size * 2 > terms.length) {
            grow();
        }
    }

    /** Adds every count of {@code other}. */
    public void addAll(TermCounts other) {
        for (int s = 0; s < other.terms.length; s++) {
            if (other.terms[s] != null) {
                add(other.terms[s], other.counts[s]);
            }
        }
    }

    /** The count of {@code term}, 0 when it never occurred. */
    public long get(String term) {
        int mask = terms.length - 1;
        for (int slot = spread(term.hashCode()) & mask;
                terms[slot] != null;
                slot = (slot + 1) & mask) {
            if (terms[slot].equals(term)) {
                return counts[slot];
            }
        }
        return 0;
    }

    public int size() {
        return size;
    }

    public int slots() {
        return terms.length;
    }

    /** The term in {@code slot}, or {@code null} for an empty slot. */
    public String term(int slot) {
        return terms[slot];
    }

    public long count(int slot) {
        return counts[slot];
    }

    public TermCounts copy() {
        TermCounts c = new TermCounts(0);
        c.terms = terms.clone();
        c.counts = counts.clone();
        c.size = size;
        return c;
    }

    /** The counts as a map, in term order. */
    @JsonValue
    public TreeMap<String, Long> toMap() {
        TreeMap<String, Long> map = new TreeMap<>();
        for (int s = 0; s < terms.length; s++) {
            if (terms[s] != null) {
                map.put(terms[s], counts[s]);
            }
        }
        return map;
    }

    private void grow() {
        String[] oldTerms = terms;
        long[] oldCounts = counts;
        terms = new String[oldTerms.length * 2];
        counts = new long[oldTerms.length * 2];
        int mask = terms.length - 1;
        for (int s = 0; s < oldTerms.length; s++) {
            if (oldTerms[s] != null) {
                int slot = spread(oldTerms[s].hashCode()) & mask;
                while (terms[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                terms[slot] = oldTerms[s];
                counts[slot] = oldCounts[s];
            }
        }
    }

    /** Strings that differ in their high bits only would share low slots: mix them down. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermCounts other && toMap().equals(other.toMap());
    }

    @Override
    public int hashCode() {
        return toMap().hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
