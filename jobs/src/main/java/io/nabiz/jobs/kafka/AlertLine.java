package io.nabiz.jobs.kafka;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.SimilarCase;
import io.nabiz.engine.window.Sample;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Formats an alert event as one line a person can scan in a terminal. */
public final class AlertLine {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);
    private static final int SAMPLE_CHARS = 60;
    private static final int RESOLUTION_CHARS = 80;

    private AlertLine() {}

    public static String format(Alert a) {
        Figures f = a.figures();
        String channels =
                f.channels().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "));
        String sample =
                a.evidence().samples().isEmpty()
                        ? ""
                        : "  \"" + abbreviate(a.evidence().samples().get(0)) + "\"" + times(a);
        return String.format(
                Locale.ROOT,
                "%s  %-9s %-8s %-22s %s: %s [%.0f%% negative; %s]%s%s",
                TIME.format(a.windowEnd()),
                a.state().wireName().toUpperCase(Locale.ROOT),
                a.severity().wireName(),
                a.key(),
                String.join("+", a.triggers().isEmpty() ? List.of(a.rule()) : a.triggers()),
                a.headline(),
                f.negativeShare() * 100,
                channels.isEmpty() ? "no mentions" : channels,
                sample,
                similarCases(a.similarCases()));
    }

    /**
     * The best past case with what resolved it, then the other cases' ids: {@code ⇒ tr-del-01
     * "title": resolution… (also tr-del-04, de-del-01)}.
     */
    private static String similarCases(List<SimilarCase> cases) {
        if (cases == null || cases.isEmpty()) {
            return "";
        }
        SimilarCase best = cases.get(0);
        String others =
                cases.size() == 1
                        ? ""
                        : cases.subList(1, cases.size()).stream()
                                .map(SimilarCase::id)
                                .collect(Collectors.joining(", ", " (also ", ")"));
        return String.format(
                Locale.ROOT,
                "  ⇒ %s \"%s\": %s%s",
                best.id(),
                abbreviate(best.title(), SAMPLE_CHARS),
                abbreviate(best.resolution(), RESOLUTION_CHARS),
                others);
    }

    /** How many of the window's mentions read like the sample shown, when more than it. */
    private static String times(Alert a) {
        long count = a.evidence().samples().get(0).count();
        return count > 1 ? " ×" + count : "";
    }

    private static String abbreviate(Sample s) {
        return abbreviate(s.text(), SAMPLE_CHARS);
    }

    private static String abbreviate(String text, int chars) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= chars ? line : line.substring(0, chars - 1) + "…";
    }
}
