package io.nabiz.jobs.replay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Renders a replay as one self-contained HTML page: summary per rule, a table of alerts with how
 * early each was caught, and per alerted key a timeline of volume, negative share and the baseline
 * band with the incident's alert events and peak.
 *
 * <p>Tables are plain HTML, readable without scripts; the charts are drawn by the inlined ECharts
 * bundle from data embedded in the page, so the file works offline and from any folder.
 */
public final class ReportWriter {

    private ReportWriter() {}

    /**
     * @param input what was replayed
     * @param backtests one rule set, or two to compare
     */
    public static String render(String input, List<Backtest> backtests) {
        Html h = new Html();
        ArrayNode charts = Json.MAPPER.createArrayNode();
        Backtest first = backtests.get(0);
        h.raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>Nabız replay — ")
                .text(input)
                .raw("</title><style>")
                .raw(resource("report.css"))
                .raw("</style></head><body>\n<header><h1>Nabız replay</h1>");
        h.raw("<p class=\"meta\">Input: ").text(input).raw("</p>");
        h.raw("<p class=\"meta\">")
                .text(
                        String.format(
                                Locale.ROOT,
                                "%,d records: %,d mentions (%,d late), %,d dead letters.",
                                first.result().records(),
                                first.result().mentions(),
                                first.result().late().size(),
                                first.result().deadLetters().size()))
                .raw("</p></header>\n");
        if (backtests.size() == 2) {
            comparison(h, Comparison.of(backtests.get(0), backtests.get(1)));
        }
        for (int n = 0; n < backtests.size(); n++) {
            backtest(h, backtests.get(n), "r" + n, backtests.size() > 1, charts);
        }
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.set("charts", charts);
        h.raw("<footer>Charts: Apache ECharts ")
                .text(ChartLibrary.version())
                .raw(" (Apache License 2.0), inlined. Times are UTC.</footer>\n");
        h.raw("<script>").raw(ChartLibrary.bundle()).raw("</script>\n");
        h.raw("<script type=\"application/json\" id=\"nabiz-data\">")
                .raw(json(data).replace("</", "<\\/"))
                .raw("</script>\n<script>")
                .raw(resource("report.js"))
                .raw("</script>\n</body></html>\n");
        return h.toString();
    }

    private static void backtest(
            Html h, Backtest b, String prefix, boolean titled, ArrayNode charts) {
        if (titled) {
            h.raw("<h2>Rule set ").text(b.label()).raw("</h2>\n");
        }
        h.raw("<h3>Summary per rule</h3>\n<p class=\"meta\">")
                .text(Format.duration(b.rules().window()) + " windows; an incident counts")
                .text(" under the rule that opened it.")
                .raw(
                        "</p>\n<table><tr><th>rule</th><th class=\"num\">incidents</th><th class=\"num\">alert events</th>")
                .raw("<th class=\"num\">resolved</th><th class=\"num\">median time to detect</th>")
                .raw("<th class=\"num\">median lead time</th></tr>\n");
        for (Rule rule : b.rules().rules()) {
            List<Incident> incidents =
                    b.incidents().stream().filter(i -> i.rule().equals(rule.id())).toList();
            h.raw("<tr><td>").text(rule.id()).raw("</td>");
            h.num(Integer.toString(incidents.size()));
            h.num(Long.toString(incidents.stream().mapToLong(i -> i.events().size()).sum()));
            h.num(Long.toString(incidents.stream().filter(i -> i.resolvedAt() != null).count()));
            h.num(Format.duration(median(incidents.stream().map(i -> b.timing(i).toDetect()))));
            h.num(Format.duration(median(incidents.stream().map(i -> b.timing(i).lead()))));
            h.raw("</tr>\n");
        }
        h.raw("</table>\n");
        alerts(h, b);
        h.raw("<h3>Timelines of alerted keys</h3>\n");
        if (b.timelines().isEmpty()) {
            h.raw("<p>No key alerted.</p>\n");
        }
        int n = 0;
        for (Backtest.Timeline t : b.timelines().values()) {
            String id = "chart-" + prefix + "-" + n++;
            h.raw("<figure><figcaption>")
                    .text(t.key() + " · " + String.join(", ", t.rules()))
                    .raw("</figcaption><div class=\"chart\" id=\"")
                    .text(id)
                    .raw("\"></div></figure>\n");
            charts.add(chart(id, t));
        }
        h.raw("<p class=\"note\">Each point is one window, plotted at its end. The band is the")
                .raw(" usual level ± one spread the rules judged that window against, the dotted")
                .raw(" line the count at which the volume spike fires; the shaded span")
                .raw(" is the open incident; diamonds are alert events (red open, orange update,")
                .raw(" purple escalate, green resolve); the pin marks the peak.</p>\n");
    }

    private static void alerts(Html h, Backtest b) {
        h.raw("<h3>Alerts</h3>\n<table><tr><th>incident</th><th>key</th><th>rule</th>")
                .raw("<th>severity</th><th>events</th><th>onset</th><th>opened</th><th>peak</th>")
                .raw("<th class=\"num\">peak count</th><th>resolved</th>")
                .raw("<th class=\"num\">time to detect</th><th class=\"num\">time to peak</th>")
                .raw("<th class=\"num\">lead time</th></tr>\n");
        for (Incident i : b.incidents()) {
            Backtest.Timing t = b.timing(i);
            h.raw("<tr><td>")
                    .text(i.id().substring(0, 8))
                    .raw("</td><td>")
                    .text(i.key().toString());
            h.raw("</td><td>").text(i.rule()).raw("</td><td>").text(i.severity().wireName());
            h.raw("</td><td>");
            for (Alert a : i.events()) {
                h.raw("<span class=\"state ")
                        .text(a.state().wireName())
                        .raw("\">")
                        .text(a.state().wireName().substring(0, 1).toUpperCase(Locale.ROOT))
                        .raw("</span> ");
            }
            h.raw("</td><td>").text(Format.shortTime(t.onset())).raw("</td><td>");
            h.text(Format.shortTime(i.openedAt()))
                    .raw("</td><td>")
                    .text(Format.shortTime(i.peakAt()));
            h.raw("</td>").num(Long.toString(i.peakCount()));
            h.raw("<td>").text(Format.shortTime(i.resolvedAt())).raw("</td>");
            h.num(Format.duration(t.toDetect()))
                    .num(Format.duration(t.toPeak()))
                    .num(Format.duration(t.lead()));
            h.raw("</tr>\n");
        }
        h.raw("</table>\n<p class=\"note\">Onset: the start of the run of above-band windows that")
                .raw(" led to the alert. Time to detect: onset to opening. Time to peak: onset to")
                .raw(" the busiest window. Lead time: opening to the busiest window, the warning")
                .raw(" the alert gave.</p>\n");
    }

    private static void comparison(Html h, Comparison c) {
        String a = c.a().label();
        String b = c.b().label();
        h.raw("<h2>Comparison: ").text(a).raw(" vs ").text(b).raw("</h2>\n");
        h.raw("<table><tr><th></th><th class=\"num\">incidents</th><th class=\"num\">caught by")
                .raw(" both</th><th class=\"num\">false alarms (only this rule set)</th>")
                .raw("<th class=\"num\">median lead time</th></tr>\n");
        side(h, c.a(), c.both(), c.onlyA());
        side(h, c.b(), c.both(), c.onlyB());
        h.raw("</table>\n<table><tr><th>key</th><th>")
                .text(a + " opened")
                .raw("</th><th>")
                .text(b + " opened")
                .raw("</th><th class=\"num\">")
                .text(b + " vs " + a)
                .raw("</th><th class=\"num\">")
                .text(a + " lead")
                .raw("</th><th class=\"num\">")
                .text(b + " lead")
                .raw("</th><th>verdict</th></tr>\n");
        for (Comparison.Row r : c.rows()) {
            Incident any = r.a() != null ? r.a() : r.b();
            h.raw(r.a() == null || r.b() == null ? "<tr class=\"only\">" : "<tr>");
            h.raw("<td>").text(any.key().toString()).raw("</td><td>");
            h.text(r.a() == null ? "—" : Format.shortTime(r.a().openedAt())).raw("</td><td>");
            h.text(r.b() == null ? "—" : Format.shortTime(r.b().openedAt())).raw("</td>");
            h.num(Format.relative(r.bEarlierBy()));
            h.num(r.a() == null ? "—" : Format.duration(c.a().timing(r.a()).lead()));
            h.num(r.b() == null ? "—" : Format.duration(c.b().timing(r.b()).lead()));
            h.raw("<td>")
                    .text(r.a() == null ? "only " + b : r.b() == null ? "only " + a : "both")
                    .raw("</td></tr>\n");
        }
        h.raw("</table>\n<p class=\"note\">Incidents match when they concern the same brand and")
                .raw(" aspect and were open at overlapping times. Without labels a replay cannot")
                .raw(" tell real incidents from noise, so a false alarm here is an incident only")
                .raw(" one rule set opened: a disagreement to review, not a verdict.</p>\n");
    }

    private static void side(Html h, Backtest b, long both, long only) {
        h.raw("<tr><td>").text(b.label()).raw("</td>");
        h.num(Integer.toString(b.incidents().size()))
                .num(Long.toString(both))
                .num(Long.toString(only));
        h.num(Format.duration(median(b.incidents().stream().map(i -> b.timing(i).lead()))));
        h.raw("</tr>\n");
    }

    private static ObjectNode chart(String id, Backtest.Timeline t) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        c.put("id", id);
        c.put("windowMinutes", t.window().toMinutes());
        ArrayNode time = c.putArray("t");
        ArrayNode count = c.putArray("count");
        ArrayNode neg = c.putArray("neg");
        ArrayNode expected = c.putArray("expected");
        ArrayNode lower = c.putArray("lower");
        ArrayNode upper = c.putArray("upper");
        ArrayNode threshold = c.putArray("threshold");
        for (BaselineBand.Point p : t.band()) {
            time.add(p.end().toEpochMilli());
            count.add(p.count());
            neg.add(round(p.negativeShare() * 100));
            expected.add(round(p.expected()));
            lower.add(round(Math.max(0, p.expected() - p.spread())));
            upper.add(round(p.expected() + p.spread()));
            threshold.add(round(p.threshold()));
        }
        ArrayNode events = c.putArray("events");
        ArrayNode peaks = c.putArray("peaks");
        ArrayNode spans = c.putArray("spans");
        Instant last = t.band().isEmpty() ? null : t.band().get(t.band().size() - 1).end();
        for (Incident i : t.incidents()) {
            for (Alert a : i.events()) {
                events.addArray()
                        .add(a.windowEnd().toEpochMilli())
                        .add(a.figures().count())
                        .add(a.state().wireName());
            }
            peaks.addArray().add(i.peakAt().toEpochMilli()).add(i.peakCount());
            Instant end = i.resolvedAt() != null ? i.resolvedAt() : last;
            spans.addArray().add(i.openedAt().toEpochMilli()).add(end.toEpochMilli());
        }
        return c;
    }

    private static Duration median(java.util.stream.Stream<Duration> durations) {
        List<Duration> sorted = durations.sorted().toList();
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static String json(ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML string builder that escapes text. */
    private static final class Html {
        private final StringBuilder sb = new StringBuilder(1 << 21);

        Html raw(String s) {
            sb.append(s);
            return this;
        }

        Html text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '&' -> sb.append("&amp;");
                    case '"' -> sb.append("&quot;");
                    default -> sb.append(ch);
                }
            }
            return this;
        }

        Html num(String s) {
            return raw("<td class=\"num\">").text(s).raw("</td>");
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
