package io.nabiz.engine.rule;

import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.baseline.HourlyPeaks;
import java.time.Duration;
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
 * @param termMeans usual per-window count of the key's frequent terms: the key's own rates, not a
 *     copy, so read them while judging the window (the engine learns the window afterwards)
 * @param spans the key's count over each span a rule looks at, ending with the current window
 * @param streaks per rule id, the windows in a row it fired in up to the last one (absent: it did
 *     not fire in the last window); read it, never change it
 */
public record KeyView(
        EwmaBaseline count,
        double negativeShare,
        EwmaBaseline privateCount,
        EwmaBaseline socialCount,
        List<Long> recentReach,
        TermRates termMeans,
        Map<Duration, Span> spans,
        Map<String, Integer> streaks) {

    /**
     * A key's mentions over the last {@code span}, next to what is usual for that span.
     *
     * @param count mentions in the span, the current window included
     * @param usual the usual count of such a span
     * @param peaks the busiest span per hour over the last days; read it, never change it
     * @param byHour whether {@code usual} is this hour's (the key learnt a daily cycle)
     * @param seen windows the span's usual level has learnt: how far back its peaks are known
     * @param windows how many windows the span sums (fewer on a key younger than the span)
     * @param busiestWindow the largest count of one window in the span
     */
    public record Span(
            long count,
            EwmaBaseline usual,
            HourlyPeaks peaks,
            boolean byHour,
            long seen,
            int windows,
            long busiestWindow) {

        /**
         * The span's count as if its busiest window had been an average one of the others: what the
         * span says about a rise rather than about a single spike in it. The span itself on a span
         * of one window.
         */
        public double withoutBusiestWindow() {
            if (windows <= 1) {
                return count;
            }
            return (count - busiestWindow) * windows / (windows - 1.0);
        }
    }

    /** The windows in a row rule {@code id} fired in just before the current one (0: none). */
    public int streak(String id) {
        return streaks.getOrDefault(id, 0);
    }

    /** The figures for {@code span}; the rule engine keeps one for every span its rules use. */
    public Span span(Duration span) {
        Span s = spans.get(span);
        if (s == null) {
            throw new IllegalArgumentException("no figures kept for a span of " + span);
        }
        return s;
    }
}
