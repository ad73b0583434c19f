package io.nabiz.engine.rule;

import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Teaches a key's history what one window showed, once the window has been judged: its baselines,
 * the usual level and peaks of each span, its term rates and its last counts, and, before a window
 * that follows a silence, the silent windows as zeros.
 *
 * <p>On a long tail of brands nearly every mention is a window of its own key, most after a
 * silence, so this runs for almost every mention and for each window it catches up: spans are
 * addressed by index (their state keys made once) and a silent window is learnt from its counts
 * alone, without window figures, maps or a view.
 */
final class KeyLearner {

    /** Reach of this many recent windows is kept for growth projections. */
    static final int RECENT_WINDOWS = 6;

    /** Silent windows learnt one by one at most; a key silent longer has decayed anyway. */
    static final int MAX_SILENT_CATCH_UP = 2016;

    /** Windows with fewer mentions than this say little about the usual negative share. */
    static final int MIN_SHARE_SUPPORT = 3;

    /**
     * While an incident is open, a window teaches its hour at most this many spreads above usual.
     */
    static final double SEASON_CAP_Z = 4;

    private final RuleSet.Baseline baseline;
    private final long windowMillis;
    private final double seasonalAlpha;
    private final List<Duration> spans;

    /** The spans as keys of {@link KeyHistory#spans}, in the order of {@link #spans}. */
    private final String[] spanKeys;

    private final int[] spanWindows;

    /** Earlier windows' counts a key keeps to sum its longest span. */
    private final int countsKept;

    /**
     * @param seasonalAlpha the weight of one window in its hour bucket
     */
    KeyLearner(RuleSet rules, double seasonalAlpha) {
        this.baseline = rules.baseline();
        this.windowMillis = rules.window().toMillis();
        this.seasonalAlpha = seasonalAlpha;
        this.spans = rules.spans();
        this.spanKeys = spans.stream().map(Duration::toString).toArray(String[]::new);
        this.spanWindows = spans.stream().mapToInt(this::windowsIn).toArray();
        int longest = 1;
        for (int w : spanWindows) {
            longest = Math.max(longest, w);
        }
        this.countsKept = longest - 1;
    }

    List<Duration> spans() {
        return spans;
    }

    List<String> spanKeys() {
        return List.of(spanKeys);
    }

    int windowsIn(Duration span) {
        return (int) Math.max(1, span.toMillis() / windowMillis);
    }

    /** The history of span {@code i}, made when the key first needs it. */
    SpanHistory spanHistory(KeyHistory h, int i) {
        SpanHistory s = h.spans.get(spanKeys[i]);
        if (s == null) {
            s = SpanHistory.create(baseline.season().baselineSeason());
            h.spans.put(spanKeys[i], s);
        }
        return s;
    }

    /** The key's count over each span, ending with a window of {@code count} mentions. */
    long[] spanCounts(KeyHistory h, long count, long[] into) {
        List<Long> earlier = h.recentCounts;
        for (int s = 0; s < spanWindows.length; s++) {
            long sum = count;
            for (int i = Math.max(0, earlier.size() - spanWindows[s] + 1);
                    i < earlier.size();
                    i++) {
                sum += earlier.get(i);
            }
            into[s] = sum;
        }
        return into;
    }

    /** Learns a window in which nothing unusual happened into every baseline of the key. */
    void learn(KeyHistory h, WindowStats w, long[] spanCounts) {
        learn(
                h,
                w.end(),
                w.count(),
                w.negativeShare(),
                w.channelCount(Channel.CHAT) + w.channelCount(Channel.EMAIL),
                w.channelCount(Channel.SOCIAL),
                w.terms(),
                spanCounts);
    }

    private void learn(
            KeyHistory h,
            Instant end,
            long count,
            double negativeShare,
            long privateCount,
            long socialCount,
            Map<String, Long> terms,
            long[] spanCounts) {
        for (int s = 0; s < spanCounts.length; s++) {
            // A key younger than the span has only part of it to sum.
            if (h.recentCounts.size() >= spanWindows[s] - 1) {
                spanHistory(h, s)
                        .count
                        .observe(
                                end,
                                spanCounts[s],
                                baseline.alpha(),
                                seasonalAlpha,
                                baseline.clipZ());
            }
        }
        // Everything a key learns is as young as its count baseline: same warm start.
        double alpha = h.count.weight(baseline.alpha());
        h.count.observe(end, count, baseline.alpha(), seasonalAlpha, baseline.clipZ());
        if (count >= MIN_SHARE_SUPPORT) {
            h.negativeShare += alpha * (negativeShare - h.negativeShare);
        }
        EwmaBaseline p =
                new EwmaBaseline(h.privateMean, h.privateVariance).observe(privateCount, alpha);
        h.privateMean = p.mean();
        h.privateVariance = p.variance();
        EwmaBaseline s =
                new EwmaBaseline(h.socialMean, h.socialVariance).observe(socialCount, alpha);
        h.socialMean = s.mean();
        h.socialVariance = s.variance();
        h.termMeans.learn(terms, alpha);
    }

    /**
     * While an incident is open only the time-of-day or week profiles learn, capped, so a one-off
     * spike nudges its hour instead of redefining it.
     */
    void learnSeasonOnly(KeyHistory h, WindowStats w, KeyView past) {
        h.count.observeSeason(w.end(), capped(w.count(), past.count()), seasonalAlpha);
        for (int i = 0; i < spans.size(); i++) {
            KeyView.Span s = past.span(spans.get(i));
            spanHistory(h, i)
                    .count
                    .observeSeason(w.end(), capped(s.count(), s.usual()), seasonalAlpha);
        }
    }

    private static double capped(double count, EwmaBaseline usual) {
        return Math.min(count, usual.mean() + SEASON_CAP_Z * usual.spread());
    }

    /** Keeps what later windows sum and project: counts, reach and each span's peaks. */
    void remember(KeyHistory h, WindowStats w, long[] spanCounts) {
        remember(h, w.end(), w.count(), w.reach(), spanCounts);
    }

    private void remember(KeyHistory h, Instant end, long count, long reach, long[] spanCounts) {
        h.lastWindowEnd = end.toEpochMilli();
        for (int s = 0; s < spanCounts.length; s++) {
            spanHistory(h, s).peaks.observe(end, spanCounts[s]);
        }
        h.recentCounts.add(count);
        while (h.recentCounts.size() > countsKept) {
            h.recentCounts.remove(0);
        }
        h.recentReach.add(reach);
        while (h.recentReach.size() > RECENT_WINDOWS) {
            h.recentReach.remove(0);
        }
    }

    /**
     * Learns the windows between the key's last one and the window ending at {@code end} as windows
     * nobody mentioned the key in; with an incident open they only count as quiet.
     */
    void catchUpSilence(KeyHistory h, long end, int resolveAfter) {
        long silent = (end - h.lastWindowEnd) / windowMillis - 1;
        if (silent <= 0) {
            return;
        }
        if (h.incidentOpen()) {
            h.quietWindows += (int) Math.min(silent, resolveAfter);
            return;
        }
        long from = h.lastWindowEnd;
        long[] counts = new long[spanWindows.length];
        for (long i = 1; i <= Math.min(silent, MAX_SILENT_CATCH_UP); i++) {
            Instant at = Instant.ofEpochMilli(from + i * windowMillis);
            spanCounts(h, 0, counts);
            learn(h, at, 0, 0, 0, 0, Map.of(), counts);
            remember(h, at, 0, 0, counts);
        }
    }
}
