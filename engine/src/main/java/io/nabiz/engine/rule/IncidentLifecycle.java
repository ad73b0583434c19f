package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Evidence;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.window.WindowStats;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs an incident's life for one key, whatever rules fire: one incident opens once, updates when
 * it grows or another rule joins, escalates when it gets worse, and resolves once it has been quiet
 * long enough.
 *
 * <p>Across rules, the first finding opens the incident and later findings on the same key join it,
 * so one complaint wave is one alert id, not one per rule. The quiet test is lower than any firing
 * test (hysteresis), so a count hovering at a threshold does not open and resolve over and over.
 */
final class IncidentLifecycle {

    /** The usual-count multiples at which severity rises one and two steps. */
    static final double ESCALATE_ONE = 8;

    static final double ESCALATE_TWO = 16;

    private final RuleSet.Incidents settings;
    private final Playbooks playbooks;

    IncidentLifecycle(RuleSet.Incidents settings, Playbooks playbooks) {
        this.settings = settings;
        this.playbooks = playbooks;
    }

    /**
     * @param mayOpen false when this key must not open a new incident now (warming up, cooling
     *     down, or explained by another key's incident)
     */
    Optional<Alert> next(
            KeyHistory h, WindowStats w, KeyView past, List<Finding> findings, boolean mayOpen) {
        EwmaBaseline usual = past.count();
        if (!h.incidentOpen()) {
            if (findings.isEmpty() || !mayOpen) {
                return Optional.empty();
            }
            h.incidentId = Alert.incidentId(findings.get(0).rule(), w.key(), w.end());
            h.openingRule = findings.get(0).rule();
            h.playbook = findings.get(0).playbook();
            h.openedAt = w.end().toEpochMilli();
            h.seq = 0;
            h.peakCount = 0;
            h.quietWindows = 0;
            h.triggers.clear();
            h.severity = severity(findings, w, usual).wireName();
            h.triggers.addAll(ids(findings));
            return Optional.of(emit(h, w, past, findings, AlertState.OPEN));
        }
        boolean quiet = findings.isEmpty() && usual.zScore(w.count()) < settings.resolveZScore();
        if (quiet) {
            h.quietWindows++;
            if (h.quietWindows < settings.resolveAfter()) {
                return Optional.empty();
            }
            Alert resolved = emit(h, w, past, findings, AlertState.RESOLVED);
            h.incidentId = null;
            h.cooldownUntil = w.end().toEpochMilli() + settings.cooldown().toMillis();
            return Optional.of(resolved);
        }
        h.quietWindows = 0;
        Severity current = Severity.fromWireName(h.severity);
        Severity now = severity(findings, w, usual);
        boolean newRule = !h.triggers.containsAll(ids(findings));
        h.triggers.addAll(ids(findings));
        if (now.compareTo(current) > 0) {
            h.severity = now.wireName();
            return Optional.of(emit(h, w, past, findings, AlertState.ESCALATED));
        }
        if (newRule || w.count() >= h.lastReportedCount * settings.updateGrowth()) {
            return Optional.of(emit(h, w, past, findings, AlertState.UPDATED));
        }
        trackPeak(h, w);
        return Optional.empty();
    }

    /** The most severe finding, raised a step at 8x the usual count and two at 16x. */
    private static Severity severity(List<Finding> findings, WindowStats w, EwmaBaseline usual) {
        Severity base =
                findings.stream()
                        .map(Finding::severity)
                        .max(Severity::compareTo)
                        .orElse(Severity.LOW);
        double ratio = w.count() / Math.max(1, usual.mean());
        return base.raisedBy(ratio >= ESCALATE_TWO ? 2 : ratio >= ESCALATE_ONE ? 1 : 0);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    private static void trackPeak(KeyHistory h, WindowStats w) {
        if (w.count() > h.peakCount) {
            h.peakCount = w.count();
            h.peakAt = w.end().toEpochMilli();
        }
    }

    private Alert emit(
            KeyHistory h, WindowStats w, KeyView past, List<Finding> findings, AlertState state) {
        trackPeak(h, w);
        h.seq++;
        if (state != AlertState.RESOLVED) {
            h.lastReportedCount = w.count();
        }
        EwmaBaseline usual = past.count();
        Figures figures =
                new Figures(
                        w.count(),
                        round(usual.mean()),
                        round(usual.zScore(w.count())),
                        round(w.count() / Math.max(1, usual.mean())),
                        round(w.negativeShare()),
                        round(past.negativeShare()),
                        w.reach(),
                        w.distinctAuthors(),
                        w.channels());
        Evidence evidence =
                new Evidence(
                        w.samples(),
                        w.cues(),
                        w.terms(),
                        h.peakCount,
                        Instant.ofEpochMilli(h.peakAt),
                        (h.peakAt - h.openedAt) / 60_000);
        String headline =
                state == AlertState.RESOLVED
                        ? String.format(
                                java.util.Locale.ROOT,
                                "back to %d mentions per window (usually %.1f); peaked at %d",
                                w.count(),
                                usual.mean(),
                                h.peakCount)
                        : findings.stream()
                                .map(Finding::headline)
                                .collect(Collectors.joining("; "));
        String playbook = findings.isEmpty() ? h.playbook : findings.get(0).playbook();
        return new Alert(
                Alert.VERSION,
                h.incidentId,
                h.seq,
                w.key(),
                h.openingRule,
                ids(findings),
                Severity.fromWireName(h.severity),
                state,
                headline,
                Instant.ofEpochMilli(h.openedAt),
                w.start(),
                w.end(),
                figures,
                evidence,
                playbooks.action(playbook));
    }

    /** Figures are for people: three decimals, and the same digits in every replay. */
    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
