package io.nabiz.engine.rule;

import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.baseline.HourlyPeaks;
import java.util.List;
import java.util.Map;

/**
 * What rules may know of a key's past when they judge its current window: its usual figures, taken
 * before the window was learnt.
 *
 * @param count the usual count for this time of day or week
 * @param negativeShare the usual share of negative mentions
 * @param privateCount the usual chat plus e-mail count
 * @param socialCount the usual social count
 * @param recentReach reach of the last windows, oldest first, the current one last
 * @param termMeans usual per-window count of the key's frequent terms
 * @param recentPeaks the key's busiest window per hour over the last days; read it, never change it
 */
public record KeyView(
        EwmaBaseline count,
        double negativeShare,
        EwmaBaseline privateCount,
        EwmaBaseline socialCount,
        List<Long> recentReach,
        Map<String, Double> termMeans,
        HourlyPeaks recentPeaks) {}
