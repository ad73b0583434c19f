package io.nabiz.engine.rule;

import java.util.Map;
import java.util.TreeMap;

/** A key's usual per-window count of its frequent terms, what emerging terms are held against. */
final class TermRates {

    /** Terms whose usual rate a key remembers; the rarest are forgotten first. */
    static final int MAX_TERMS = 100;

    private TermRates() {}

    /** Learns one window's term counts into {@code means} with weight {@code alpha}. */
    static void learn(TreeMap<String, Double> means, Map<String, Long> terms, double alpha) {
        means.replaceAll((term, mean) -> mean * (1 - alpha));
        terms.forEach((term, count) -> means.merge(term, alpha * count, Double::sum));
        if (means.size() > MAX_TERMS) {
            // The rarest go, ties alphabetically: one sort rather than a scan per term dropped.
            means.entrySet().stream()
                    .sorted(
                            Map.Entry.<String, Double>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey()))
                    .limit(means.size() - MAX_TERMS)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(means::remove);
        }
    }
}
