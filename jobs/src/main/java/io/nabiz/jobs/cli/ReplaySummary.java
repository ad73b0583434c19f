package io.nabiz.jobs.cli;

import io.nabiz.jobs.replay.ReplayOutputs;
import io.nabiz.jobs.replay.ReplayResult;
import io.nabiz.jobs.replay.report.Backtest;
import io.nabiz.jobs.replay.report.Comparison;
import io.nabiz.jobs.replay.report.Format;
import io.nabiz.jobs.replay.report.Incident;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code nabiz replay} prints when it is done: counts, incidents, and a comparison. */
final class ReplaySummary {

    /**
     * Incidents and comparison rows listed on the terminal; a long replay's rest is the report's.
     */
    static final int MAX_ROWS = 20;

    private ReplaySummary() {}

    static void print(PrintWriter out, List<Backtest> backtests, Path dir) {
        ReplayResult first = backtests.get(0).result();
        out.printf(
                Locale.ROOT,
                "Replayed %,d records: %,d mentions (%,d late), %,d dead letters%n",
                first.records(),
                first.mentions(),
                first.late().size(),
                first.deadLetters().size());
        for (Backtest b : backtests) {
            out.printf(
                    Locale.ROOT,
                    "%s: %d incidents, %d alert events%n",
                    b.label(),
                    b.incidents().size(),
                    b.result().alerts().size());
            for (Incident i : b.incidents().subList(0, Math.min(MAX_ROWS, b.incidents().size()))) {
                Backtest.Timing t = b.timing(i);
                out.printf(
                        Locale.ROOT,
                        "  %-24s %-14s opened %s, peak %d at %s (lead %s), resolved %s%n",
                        i.key(),
                        i.rule(),
                        Format.time(i.openedAt()),
                        i.peakCount(),
                        Format.time(i.peakAt()),
                        Format.duration(t.lead()),
                        Format.time(i.resolvedAt()));
            }
            more(out, b.incidents().size(), "incidents");
        }
        if (backtests.size() == 2) {
            comparison(out, Comparison.of(backtests.get(0), backtests.get(1)));
        }
        out.printf("Report: %s%n", dir.resolve(ReplayOutputs.REPORT));
        out.flush();
    }

    private static void comparison(PrintWriter out, Comparison c) {
        String a = c.a().label();
        String b = c.b().label();
        out.printf(
                "%nCompare %s vs %s (a false alarm = an incident only one rule set opened)%n",
                a, b);
        out.printf(
                Locale.ROOT,
                "  %-24s %-18s %-18s %-20s %s%n",
                "key",
                a + " opened",
                b + " opened",
                b + " vs " + a,
                "verdict");
        for (Comparison.Row r : c.rows().subList(0, Math.min(MAX_ROWS, c.rows().size()))) {
            Incident any = r.a() != null ? r.a() : r.b();
            out.printf(
                    Locale.ROOT,
                    "  %-24s %-18s %-18s %-20s %s%n",
                    any.key(),
                    r.a() == null ? "—" : Format.time(r.a().openedAt()),
                    r.b() == null ? "—" : Format.time(r.b().openedAt()),
                    Format.relative(r.bEarlierBy()),
                    r.a() == null ? "only " + b : r.b() == null ? "only " + a : "both");
        }
        more(out, c.rows().size(), "rows");
        out.printf(
                Locale.ROOT,
                "  %s: %d incidents, %d false alarms; %s: %d incidents, %d false alarms; %d caught"
                        + " by both%n",
                a,
                c.a().incidents().size(),
                c.onlyA(),
                b,
                c.b().incidents().size(),
                c.onlyB(),
                c.both());
    }

    private static void more(PrintWriter out, int total, String what) {
        if (total > MAX_ROWS) {
            out.printf(Locale.ROOT, "  … %,d more %s in the report%n", total - MAX_ROWS, what);
        }
    }
}
