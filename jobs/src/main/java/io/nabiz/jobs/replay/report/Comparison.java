package io.nabiz.jobs.replay.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Two rule sets' incidents on the same input, matched up: an incident of A and one of B match when
 * they are about the same brand and aspect and were open at overlapping times.
 *
 * <p>A replay has no labels saying which incidents were real, so a <em>false alarm</em> here is an
 * incident only one rule set opened: the other rule set, looking at the same figures, saw nothing
 * worth an alert. It is a disagreement to review, not a verdict.
 */
public record Comparison(Backtest a, Backtest b, List<Row> rows) {

    /** One incident of either side or a matched pair; {@code null} where a side has none. */
    public record Row(Incident a, Incident b) {

        /** How much earlier B opened than A (negative: B was later); null unless both opened. */
        public Duration bEarlierBy() {
            return a == null || b == null ? null : Duration.between(b.openedAt(), a.openedAt());
        }
    }

    public static Comparison of(Backtest a, Backtest b) {
        List<Incident> unmatched = new ArrayList<>(b.incidents());
        List<Row> rows = new ArrayList<>();
        for (Incident i : a.incidents()) {
            Incident match = null;
            for (Incident j : unmatched) {
                if (j.key().equals(i.key()) && j.overlaps(i.openedAt(), end(i))) {
                    match = j;
                    break;
                }
            }
            unmatched.remove(match);
            rows.add(new Row(i, match));
        }
        for (Incident j : unmatched) {
            rows.add(new Row(null, j));
        }
        rows.sort(
                java.util.Comparator.comparing(
                        (Row r) -> r.a() != null ? r.a().openedAt() : r.b().openedAt()));
        return new Comparison(a, b, List.copyOf(rows));
    }

    /** Incidents both rule sets opened. */
    public long both() {
        return rows.stream().filter(r -> r.a() != null && r.b() != null).count();
    }

    /** Incidents only A opened: A's false alarms by this comparison's definition. */
    public long onlyA() {
        return rows.stream().filter(r -> r.b() == null).count();
    }

    /** Incidents only B opened: B's false alarms by this comparison's definition. */
    public long onlyB() {
        return rows.stream().filter(r -> r.a() == null).count();
    }

    private static java.time.Instant end(Incident i) {
        return i.resolvedAt() == null ? java.time.Instant.MAX : i.resolvedAt();
    }
}
