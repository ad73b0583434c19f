package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Evidence;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.privacy.PiiMasker;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.WindowStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Evaluates a {@link SpikeRule} window by window for one key and runs the incident's life: open
 * once, update or escalate while it grows, resolve once it has been quiet long enough.
 *
 * <p>While an incident is open the baseline is frozen, so the spike does not teach the key that
 * spikes are usual; the lower resolve threshold (hysteresis) keeps a count hovering around the
 * firing threshold from opening and resolving over and over.
 */
public final class SpikeDetector {

    private final SpikeRule rule;
    private final long windowMillis;

    public SpikeDetector(SpikeRule rule) {
        this.rule = rule;
        this.windowMillis = rule.window().toMillis();
    }

    public SpikeRule rule() {
        return rule;
    }

    /** Takes the next window of a key (windows must arrive in event-time order). */
    public Optional<Alert> onWindow(SpikeState s, WindowStats w) {
        long end = w.end().toEpochMilli();
        if (s.lastWindowEnd != Long.MIN_VALUE && end <= s.lastWindowEnd) {
            return Optional.empty(); // already seen: a silent-window timer raced a real window
        }
        catchUpSilence(s, end);
        s.lastWindowEnd = end;
        EwmaBaseline baseline = s.baseline();
        double threshold = rule.threshold(baseline.mean(), baseline.spread());
        return s.incidentOpen()
                ? whileOpen(s, w, baseline, threshold)
                : whileClosed(s, w, baseline, threshold);
    }

    /** The end of the next window after the last one seen, or empty when there is none. */
    public long nextWindowEnd(SpikeState s) {
        return s.lastWindowEnd + windowMillis;
    }

    private void catchUpSilence(SpikeState s, long end) {
        if (s.firstWindowEnd == Long.MIN_VALUE) {
            s.firstWindowEnd = end;
            return;
        }
        long silent = (end - s.lastWindowEnd) / windowMillis - 1;
        if (silent <= 0) {
            return;
        }
        if (s.incidentOpen()) {
            s.quietWindows += (int) Math.min(silent, rule.resolveAfter());
        } else {
            s.baseline(s.baseline().observeSilence(silent, rule.alpha()));
        }
    }

    private Optional<Alert> whileClosed(
            SpikeState s, WindowStats w, EwmaBaseline baseline, double threshold) {
        long end = w.end().toEpochMilli();
        boolean warm = end - s.firstWindowEnd >= rule.warmup().toMillis();
        boolean hot = w.count() >= threshold && w.negativeShare() >= rule.minNegativeShare();
        if (!(hot && warm && end >= s.cooldownUntil)) {
            s.baseline(baseline.observe(w.count(), rule.alpha()));
            return Optional.empty();
        }
        s.incidentId = Alert.incidentId(rule.id(), w.key(), w.end());
        s.openedAt = end;
        s.seq = 0;
        s.severity = rule.severity().raisedBy(escalationSteps(w.count(), threshold)).wireName();
        s.quietWindows = 0;
        s.peakCount = 0;
        return Optional.of(emit(s, w, baseline, threshold, AlertState.OPEN));
    }

    private Optional<Alert> whileOpen(
            SpikeState s, WindowStats w, EwmaBaseline baseline, double threshold) {
        if (baseline.zScore(w.count()) < rule.resolveZScore()) {
            s.quietWindows++;
            if (s.quietWindows < rule.resolveAfter()) {
                return Optional.empty();
            }
            Alert resolved = emit(s, w, baseline, threshold, AlertState.RESOLVED);
            s.baseline(baseline.observe(w.count(), rule.alpha()));
            s.cooldownUntil = w.end().toEpochMilli() + rule.cooldown().toMillis();
            s.incidentId = null;
            s.severity = null;
            return Optional.of(resolved);
        }
        s.quietWindows = 0;
        Severity current = Severity.fromWireName(s.severity);
        Severity now = rule.severity().raisedBy(escalationSteps(w.count(), threshold));
        if (now.compareTo(current) > 0) {
            s.severity = now.wireName();
            return Optional.of(emit(s, w, baseline, threshold, AlertState.ESCALATED));
        }
        if (w.count() >= s.lastReportedCount * rule.updateGrowth()) {
            return Optional.of(emit(s, w, baseline, threshold, AlertState.UPDATED));
        }
        trackPeak(s, w);
        return Optional.empty();
    }

    /** One severity step when the count doubles the threshold, two when it quadruples it. */
    private static int escalationSteps(long count, double threshold) {
        double over = count / threshold;
        return over >= 4 ? 2 : over >= 2 ? 1 : 0;
    }

    private static void trackPeak(SpikeState s, WindowStats w) {
        if (w.count() > s.peakCount) {
            s.peakCount = w.count();
            s.peakAt = w.end().toEpochMilli();
        }
    }

    private Alert emit(
            SpikeState s,
            WindowStats w,
            EwmaBaseline baseline,
            double threshold,
            AlertState state) {
        trackPeak(s, w);
        s.seq++;
        if (state != AlertState.RESOLVED) {
            s.lastReportedCount = w.count();
        }
        double expected = baseline.mean();
        Figures figures =
                new Figures(
                        w.count(),
                        round(expected),
                        round(threshold),
                        round(w.count() / Math.max(expected, 1)),
                        round(baseline.zScore(w.count())),
                        round(w.negativeShare()),
                        w.reach(),
                        w.distinctAuthors(),
                        w.channels());
        ArrayList<Sample> masked = new ArrayList<>(w.samples().size());
        for (Sample sample : w.samples()) {
            masked.add(
                    new Sample(
                            sample.id(),
                            sample.channel(),
                            sample.ts(),
                            sample.lang(),
                            sample.sentimentScore(),
                            sample.reach(),
                            PiiMasker.mask(sample.text())));
        }
        Evidence evidence =
                new Evidence(masked, w.cues(), s.peakCount, Instant.ofEpochMilli(s.peakAt));
        return new Alert(
                Alert.VERSION,
                s.incidentId,
                s.seq,
                w.key(),
                rule.id(),
                Severity.fromWireName(s.severity),
                state,
                Instant.ofEpochMilli(s.openedAt),
                w.start(),
                w.end(),
                figures,
                evidence,
                rule.action());
    }

    /** Figures are for people: three decimals, and the same digits in every replay. */
    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
