package io.nabiz.jobs.serde;

import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.window.IncidentKey;
import java.time.Instant;

/**
 * One key's window as the rules judged it, as the judged-windows topic carries it: the count and
 * the usual level only, no mention text, so the topic holds nothing personal.
 *
 * @param expected the usual count for this window
 * @param spread the spread around it that z-scores are measured in
 * @param threshold the count per window at which the first volume spike fires, or 0
 */
public record WindowLevel(
        int v,
        IncidentKey key,
        Instant start,
        Instant end,
        long count,
        double negativeShare,
        double expected,
        double spread,
        double threshold,
        boolean incidentOpen) {

    public static final int VERSION = 1;

    public static WindowLevel of(JudgedWindow j) {
        return new WindowLevel(
                VERSION,
                j.stats().key(),
                j.stats().start(),
                j.stats().end(),
                j.stats().count(),
                j.stats().negativeShare(),
                j.expected(),
                j.spread(),
                j.spikeThreshold(),
                j.incidentOpen());
    }
}
