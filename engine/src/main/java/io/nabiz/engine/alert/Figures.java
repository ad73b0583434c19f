package io.nabiz.engine.alert;

import java.util.TreeMap;

/**
 * The numbers behind an alert, for the window that produced it.
 *
 * @param expected the key's usual count for this window's time of day or week
 * @param zScore how many spreads the count stands above the usual
 * @param ratio count over expected, with expected floored at one mention (how many times the usual)
 * @param usualNegativeShare the key's usual share of negative mentions
 * @param reach how many people the window's mentions may reach
 * @param channels mentions per channel in the window
 */
public record Figures(
        long count,
        double expected,
        double zScore,
        double ratio,
        double negativeShare,
        double usualNegativeShare,
        long reach,
        long distinctAuthors,
        TreeMap<String, Long> channels) {}
