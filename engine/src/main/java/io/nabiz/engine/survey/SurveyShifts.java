package io.nabiz.engine.survey;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Evidence;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.Finding;
import io.nabiz.engine.window.SurveyFigures;
import io.nabiz.engine.window.WindowStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges a key's windows with survey responses against its past with the detractor-shift rule and
 * runs the incident's life: opens on a finding, updates when the share grows, resolves after {@code
 * resolveAfter} judged windows without one, then cools down.
 *
 * <p>Windows without responses say nothing about detractors and are skipped: surveys arrive a few
 * an hour, not every five minutes. In the alert's figures, {@code count} is the window's detractors
 * and {@code expected} the detractors the key's usual share gives for as many responses.
 */
public final class SurveyShifts {

    private final DetractorShiftRule rule;
    private final Playbooks playbooks;

    public SurveyShifts(DetractorShiftRule rule, Playbooks playbooks) {
        this.rule = rule;
        this.playbooks = playbooks;
    }

    /** Takes the next window of a key; windows must come in event-time order. */
    public Optional<Alert> onWindow(SurveyHistory h, WindowStats w) {
        SurveyFigures s = w.survey();
        long end = w.end().toEpochMilli();
        if (s.responses() == 0 || end <= h.lastWindowEnd) {
            return Optional.empty();
        }
        h.lastWindowEnd = end;
        Optional<Finding> finding = rule.evaluate(s, h);
        Optional<Alert> alert = Optional.empty();
        if (finding.isPresent()) {
            h.quietWindows = 0;
            if (!h.incidentOpen() && end >= h.cooldownUntil) {
                h.incidentId = Alert.incidentId(rule.id(), w.key(), w.end());
                h.openedAt = end;
                h.seq = 0;
                alert = Optional.of(emit(h, w, finding.get(), AlertState.OPEN));
            } else if (h.incidentOpen() && s.detractorShare() > h.reportedShare) {
                alert = Optional.of(emit(h, w, finding.get(), AlertState.UPDATED));
            }
        } else if (h.incidentOpen() && ++h.quietWindows >= rule.resolveAfter()) {
            Finding quiet =
                    new Finding(
                            rule.id(),
                            rule.severity(),
                            rule.playbook(),
                            String.format(
                                    java.util.Locale.ROOT,
                                    "detractors back to %.0f%% of %d responses (usually %.0f%%)",
                                    s.detractorShare() * 100,
                                    s.responses(),
                                    h.usualDetractorShare * 100));
            alert = Optional.of(emit(h, w, quiet, AlertState.RESOLVED));
            h.incidentId = null;
            h.cooldownUntil = end + rule.cooldown().toMillis();
        }
        if (finding.isEmpty() && !h.incidentOpen()) {
            // A shift is not "usual": only calm windows teach the key its level.
            rule.learn(s, h);
        }
        return alert;
    }

    private Alert emit(SurveyHistory h, WindowStats w, Finding f, AlertState state) {
        h.seq++;
        SurveyFigures s = w.survey();
        h.reportedShare = s.detractorShare();
        double usualDetractors = h.usualDetractorShare * s.responses();
        Figures figures =
                new Figures(
                        s.detractors(),
                        round(usualDetractors),
                        0,
                        round(s.detractorShare() / Math.max(0.01, h.usualDetractorShare)),
                        round(w.negativeShare()),
                        0,
                        w.reach(),
                        w.distinctAuthors(),
                        w.channels());
        // Window samples hold the masked text already: mentions are masked before analysis.
        Evidence evidence =
                new Evidence(
                        new ArrayList<>(w.samples()),
                        w.cues(),
                        w.terms(),
                        s.detractors(),
                        w.end(),
                        0);
        return new Alert(
                Alert.VERSION,
                h.incidentId,
                h.seq,
                w.key(),
                rule.id(),
                List.of(rule.id()),
                rule.severity(),
                state,
                f.headline(),
                Instant.ofEpochMilli(h.openedAt),
                w.start(),
                w.end(),
                figures,
                evidence,
                playbooks.action(f.playbook()));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
