package io.nabiz.jobs.kafka;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.window.Sample;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** Formats an alert event as one line a person can scan in a terminal. */
public final class AlertLine {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);
    private static final int SAMPLE_CHARS = 60;

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
                        : "  \"" + abbreviate(a.evidence().samples().get(0)) + "\"";
        return String.format(
                Locale.ROOT,
                "%s  %-9s %-8s %-22s %s  %d in %d min (usual %.1f, x%.1f), %.0f%% negative, %s%s",
                TIME.format(a.windowEnd()),
                a.state().wireName().toUpperCase(Locale.ROOT),
                a.severity().wireName(),
                a.key(),
                a.rule(),
                f.count(),
                a.windowEnd().getEpochSecond() / 60 - a.windowStart().getEpochSecond() / 60,
                f.expected(),
                f.ratio(),
                f.negativeShare() * 100,
                channels.isEmpty() ? "no mentions" : channels,
                sample);
    }

    private static String abbreviate(Sample s) {
        String text = s.text().replaceAll("\\s+", " ").strip();
        return text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS - 1) + "…";
    }
}
