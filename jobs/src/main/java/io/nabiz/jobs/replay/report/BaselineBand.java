package io.nabiz.jobs.replay.report;

import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.rule.SpikeRule;
import io.nabiz.engine.window.WindowStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A key's usual count per window as a spike rule saw it, recomputed from the window figures: the
 * same {@link EwmaBaseline} and alpha, learning every window (silent ones as zero) except while an
 * incident is open, when the rule freezes it.
 *
 * <p>Each point holds the baseline <em>before</em> its window is learnt, which is what the rule
 * compared that window's count against.
 */
public final class BaselineBand {

    /** One window: its count and the baseline it was judged against. */
    public record Point(
            Instant start,
            Instant end,
            long count,
            double negativeShare,
            double expected,
            double spread,
            double threshold) {

        /** Whether the count rose above the usual band (more than one spread over expected). */
        public boolean aboveBand() {
            return count > expected + spread;
        }
    }

    private BaselineBand() {}

    /**
     * @param stats one key's figures for windows of the rule's size, in time order
     * @param incidents the rule's incidents on that key
     */
    public static List<Point> of(
            SpikeRule rule, List<WindowStats> stats, List<Incident> incidents) {
        if (stats.isEmpty()) {
            return List.of();
        }
        Map<Instant, WindowStats> byEnd = new TreeMap<>();
        for (WindowStats s : stats) {
            byEnd.put(s.end(), s);
        }
        Instant first = stats.get(0).end();
        Instant last = stats.get(stats.size() - 1).end();
        for (Incident i : incidents) {
            if (i.resolvedAt() != null && i.resolvedAt().isAfter(last)) {
                last = i.resolvedAt(); // silent windows that resolved the incident
            }
        }
        List<Point> points = new ArrayList<>();
        EwmaBaseline baseline = EwmaBaseline.EMPTY;
        for (Instant end = first; !end.isAfter(last); end = end.plus(rule.window())) {
            WindowStats s = byEnd.get(end);
            long count = s == null ? 0 : s.count();
            points.add(
                    new Point(
                            end.minus(rule.window()),
                            end,
                            count,
                            s == null ? 0 : s.negativeShare(),
                            baseline.mean(),
                            baseline.spread(),
                            rule.threshold(baseline.mean(), baseline.spread())));
            if (!frozen(end, incidents)) {
                baseline = baseline.observe(count, rule.alpha());
            }
        }
        return points;
    }

    /** The opening window and every later one up to (not including) the resolving one. */
    private static boolean frozen(Instant end, List<Incident> incidents) {
        for (Incident i : incidents) {
            if (!end.isBefore(i.openedAt())
                    && (i.resolvedAt() == null || end.isBefore(i.resolvedAt()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the incident's rise began: the start of the earliest window, in the unbroken run of
     * above-band windows leading up to its opening, or the opening window's start.
     */
    public static Instant onset(List<Point> band, Incident incident) {
        Instant onset = null;
        for (Point p : band) {
            if (p.end().isAfter(incident.openedAt())) {
                break;
            }
            if (p.aboveBand()) {
                onset = onset == null ? p.start() : onset;
            } else {
                onset = null;
            }
        }
        return onset == null ? incident.openedAt().minus(windowOf(band)) : onset;
    }

    private static java.time.Duration windowOf(List<Point> band) {
        return band.isEmpty()
                ? java.time.Duration.ZERO
                : java.time.Duration.between(band.get(0).start(), band.get(0).end());
    }
}
