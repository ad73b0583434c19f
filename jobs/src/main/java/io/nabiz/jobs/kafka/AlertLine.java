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
                        : "  \"" + abbreviate(a.evidence().samples().get(0)) + "\"" + times(a);
        return String.format(
                Locale.ROOT,
                "%s  %-9s %-8s %-22s %s: %s [%.0f%% negative; %s]%s",
                TIME.format(a.windowEnd()),
                a.state().wireName().toUpperCase(Locale.ROOT),
                a.severity().wireName(),
                a.key(),
                String.join(
                        "+", a.triggers().isEmpty() ? java.util.List.of(a.rule()) : a.triggers()),
                a.headline(),
                f.negativeShare() * 100,
                channels.isEmpty() ? "no mentions" : channels,
                sample);
    }

    /** How many of the window's mentions read like the sample shown, when more than it. */
    private static String times(Alert a) {
        long count = a.evidence().samples().get(0).count();
        return count > 1 ? " ×" + count : "";
    }

    private static String abbreviate(Sample s) {
        String text = s.text().replaceAll("\\s+", " ").strip();
        return text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS - 1) + "…";
    }
}
