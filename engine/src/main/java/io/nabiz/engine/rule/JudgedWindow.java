package io.nabiz.engine.rule;

import io.nabiz.engine.window.WindowStats;

/**
 * One window of a key as the rules saw it: its figures next to the usual level they were held
 * against, so a backtest can draw the band an alert broke out of without recomputing it.
 *
 * @param expected the key's usual count for this window, before the window was learnt
 * @param spread the spread around it that z-scores are measured in
 * @param spikeThreshold the count at which the first volume-spike rule fires here, spread evenly
 *     over the windows of its span (a rule over 15 minutes that fires at 60 reports 20 per 5-minute
 *     window), or 0 when the rule set has none
 * @param incidentOpen whether the key has an open incident after this window
 */
public record JudgedWindow(
        WindowStats stats,
        double expected,
        double spread,
        double spikeThreshold,
        boolean incidentOpen) {}
