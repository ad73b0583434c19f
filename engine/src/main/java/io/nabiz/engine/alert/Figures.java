package io.nabiz.engine.alert;

import java.util.TreeMap;

/**
 * The numbers behind an alert, for the window that produced it.
 *
 * @param expected the key's usual count per window (baseline mean)
 * @param threshold the count above which the rule fires for this key now
 * @param ratio count over expected, with expected floored at one mention (how many times the usual)
 * @param channels mentions per channel in the window
 */
public record Figures(
        long count,
        double expected,
        double threshold,
        double ratio,
        double zScore,
        double negativeShare,
        long reach,
        long distinctAuthors,
        TreeMap<String, Long> channels) {}
