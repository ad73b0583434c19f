package io.nabiz.engine.cases;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.window.IncidentKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns resolved incidents into new cases: the incident's strongest alert event says what happened,
 * a person's resolution note says what resolved it.
 *
 * <p>An incident becomes a case once a person records it {@code resolved} on the resolutions topic
 * (note optional), or once the engine resolved it and {@code noteGrace} has passed in the inputs'
 * own time (the newest alert window or resolution seen) without a person's record: a note that
 * comes within the grace is not lost to a case written too early. The case takes the incident id,
 * so {@link CaseBase#append} adds it exactly once however often the same topics are read.
 *
 * <p>The result depends only on the inputs, not on the clock or the order records arrive in.
 */
public final class CaseLearner {

    private static final int TITLE_CHARS = 90;

    private final Duration noteGrace;

    public CaseLearner(Duration noteGrace) {
        this.noteGrace = Objects.requireNonNull(noteGrace, "noteGrace");
    }

    /** An incident that was resolved but cannot become a case, and why. */
    public record Skipped(String incidentId, String reason) {}

    /** The cases ready to learn, in incident-id order, and the resolved incidents skipped. */
    public record Learned(List<Case> cases, List<Skipped> skipped) {}

    public Learned learn(Collection<Alert> alerts, Collection<Resolution> resolutions) {
        Map<String, List<Alert>> incidents =
                alerts.stream()
                        .collect(
                                Collectors.groupingBy(
                                        Alert::id, TreeMap::new, Collectors.toList()));
        Map<String, Resolution> resolved = lastResolved(resolutions);
        Instant now = newest(alerts, resolutions);
        List<Case> cases = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Map.Entry<String, List<Alert>> e : incidents.entrySet()) {
            Resolution person = resolved.get(e.getKey());
            Optional<Alert> engineResolved =
                    e.getValue().stream().filter(a -> a.state() == AlertState.RESOLVED).findFirst();
            boolean due =
                    person != null
                            || engineResolved
                                    .map(a -> !a.windowEnd().plus(noteGrace).isAfter(now))
                                    .orElse(false);
            if (!due) {
                continue;
            }
            Instant resolvedAt =
                    person != null ? person.at() : engineResolved.orElseThrow().windowEnd();
            toCase(e.getValue(), person, resolvedAt)
                    .ifPresentOrElse(
                            cases::add,
                            () ->
                                    skipped.add(
                                            new Skipped(
                                                    e.getKey(),
                                                    "no sample mention in a supported language")));
        }
        return new Learned(cases, skipped);
    }

    /** Per incident, the latest {@code resolved} record: a later correction replaces a note. */
    private static Map<String, Resolution> lastResolved(Collection<Resolution> resolutions) {
        Map<String, Resolution> last = new LinkedHashMap<>();
        for (Resolution r : resolutions) {
            if (r.isResolved()) {
                last.merge(r.alertId(), r, (a, b) -> b.at().isAfter(a.at()) ? b : a);
            }
        }
        return last;
    }

    private static Instant newest(Collection<Alert> alerts, Collection<Resolution> resolutions) {
        Instant newest = Instant.MIN;
        for (Alert a : alerts) {
            newest = a.windowEnd().isAfter(newest) ? a.windowEnd() : newest;
        }
        for (Resolution r : resolutions) {
            newest = r.at().isAfter(newest) ? r.at() : newest;
        }
        return newest;
    }

    private static Optional<Case> toCase(List<Alert> events, Resolution person, Instant at) {
        // The strongest event tells the story: the resolved one has quietened down.
        Optional<Alert> strongest =
                events.stream()
                        .filter(a -> a.state() != AlertState.RESOLVED && a.evidence() != null)
                        .max(
                                Comparator.comparingLong((Alert a) -> a.figures().count())
                                        .thenComparingInt(Alert::seq));
        if (strongest.isEmpty()) {
            return Optional.empty();
        }
        Alert a = strongest.get();
        Optional<String> lang = CaseQuery.dominantLanguage(a.evidence().samples());
        if (lang.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts =
                a.evidence().samples().stream()
                        .filter(s -> lang.get().equals(s.lang()))
                        .map(s -> s.text().replaceAll("\\s+", " ").strip())
                        .toList();
        String text =
                String.join("\n", texts) + "\n" + String.join(" ", a.evidence().terms().keySet());
        IncidentKey key = a.key();
        String aspect =
                IncidentKey.GENERAL.equals(key.aspect()) ? IncidentKey.BRAND_WIDE : key.aspect();
        String note = person == null || person.note() == null ? "" : person.note().strip();
        String resolution =
                note.isEmpty()
                        ? "No resolution note; the playbook was: " + a.action().title()
                        : note;
        return Optional.of(
                new Case(
                        a.id(),
                        lang.get(),
                        key.brand(),
                        aspect,
                        title(key, texts.get(0)),
                        text,
                        resolution,
                        at,
                        person == null ? null : person.by()));
    }

    private static String title(IncidentKey key, String firstSample) {
        String title = key.brand() + " " + key.aspect() + ": " + firstSample;
        return title.length() <= TITLE_CHARS ? title : title.substring(0, TITLE_CHARS - 1) + "…";
    }
}
