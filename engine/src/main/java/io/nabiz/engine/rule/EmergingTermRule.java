package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.WindowStats;
import java.util.Map;
import java.util.Optional;

/**
 * A word whose rate jumps against its own usual rate for the key: the first sign of a new topic
 * ("iade", "Roaming") before the key's total volume moves.
 *
 * @param minSupport the term must occur in at least this many of the window's mentions
 * @param minRatio and at least this many times its usual count (a new term counts as half a mention
 *     usual)
 */
public record EmergingTermRule(
        String id,
        Severity severity,
        String playbook,
        boolean brandWide,
        long minSupport,
        double minRatio)
        implements Rule {

    private static final double NEW_TERM_USUAL = 0.5;

    @Override
    public Optional<Finding> evaluate(WindowStats w, KeyView past) {
        String best = null;
        double bestRatio = 0;
        for (Map.Entry<String, Long> term : w.terms().entrySet()) {
            double usual = Math.max(NEW_TERM_USUAL, past.termMeans().usual(term.getKey()));
            double ratio = term.getValue() / usual;
            if (term.getValue() >= minSupport && ratio >= minRatio && ratio > bestRatio) {
                best = term.getKey();
                bestRatio = ratio;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return found(
                "\"%s\" in %d mentions, %.0fx its usual rate",
                best, w.terms().get(best), bestRatio);
    }
}
