package io.nabiz.jobs.replay.report;

import io.nabiz.engine.rule.JudgedWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A key's windows as the rules judged them, one point per window from the first judged one to the
 * last: the count next to the usual level and spike threshold the rule engine held it against.
 *
 * <p>The rules see a silent window only while the key has an open incident; other silent windows
 * appear here with no mentions and the usual level of the window before, so the timeline has no
 * holes.
 */
public final class BaselineBand {

    /** One window: its count and the usual level it was judged against. */
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

        static Point of(JudgedWindow j) {
            return new Point(
                    j.stats().start(),
                    j.stats().end(),
                    j.stats().count(),
                    j.stats().negativeShare(),
                    j.expected(),
                    j.spread(),
                    j.spikeThreshold());
        }

        Point silentAfter(Duration window) {
            return new Point(end, end.plus(window), 0, 0, expected, spread, threshold);
        }
    }

    private BaselineBand() {}

    /**
     * @param judged one key's judged windows, in time order
     * @param window the rule set's window size
     */
    public static List<Point> of(List<JudgedWindow> judged, Duration window) {
        List<Point> points = new ArrayList<>();
        for (JudgedWindow j : judged) {
            Point next = Point.of(j);
            for (Point last = last(points);
                    last != null && last.end().isBefore(next.start());
                    last = last(points)) {
                points.add(last.silentAfter(window));
            }
            points.add(next);
        }
        return points;
    }

    private static Point last(List<Point> points) {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    /**
     * When the incident's rise began: the start of the earliest window, in the unbroken run of
     * above-band windows leading up to its opening, or the opening window's start.
     */
    public static Instant onset(List<Point> band, Incident incident, Duration window) {
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
        return onset == null ? incident.openedAt().minus(window) : onset;
    }
}
