package io.nabiz.engine.survey;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.rule.Finding;
import io.nabiz.engine.window.SurveyFigures;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code detractor-shift} rule: the share of detractors among a key's survey responses jumps
 * above its usual level (and NPS falls with it).
 *
 * @param minResponses a window needs this many responses to be judged: two detractors out of three
 *     is an anecdote
 * @param minShare the detractor share must reach this
 * @param minRise and stand this far above the key's usual share
 * @param alpha EWMA weight per window with responses
 * @param warmupWindows windows with responses a key must have learnt before it may alert
 * @param resolveAfter windows with responses in a row below the thresholds before an incident
 *     resolves
 * @param cooldown after a resolve, the key may not open a new incident for this long
 */
public record DetractorShiftRule(
        String id,
        int minResponses,
        double minShare,
        double minRise,
        double alpha,
        int warmupWindows,
        int resolveAfter,
        Duration cooldown,
        Severity severity,
        String playbook)
        implements Serializable {

    public static final String KIND = "detractor-shift";

    public DetractorShiftRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cooldown, "cooldown");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(playbook, "playbook");
        if (minResponses < 1 || alpha <= 0 || alpha > 1 || resolveAfter < 1) {
            throw new IllegalArgumentException(
                    "minResponses >= 1, 0 < alpha <= 1 and resolveAfter >= 1");
        }
    }

    /** What a window's survey figures say against the key's past. */
    public Optional<Finding> evaluate(SurveyFigures s, SurveyHistory past) {
        double share = s.detractorShare();
        if (past.windowsLearnt < warmupWindows
                || s.responses() < minResponses
                || share < minShare
                || share < past.usualDetractorShare + minRise) {
            return Optional.empty();
        }
        String nps =
                s.npsResponses() == 0
                        ? ""
                        : String.format(
                                Locale.ROOT, "; NPS %+.0f (usually %+.0f)", s.nps(), past.usualNps);
        String csat =
                s.csatResponses() == 0 ? "" : String.format(Locale.ROOT, "; CSAT %.1f", s.csat());
        return Optional.of(
                new Finding(
                        id,
                        severity,
                        playbook,
                        String.format(
                                Locale.ROOT,
                                "%d of %d survey responses are detractors (%.0f%%, usually %.0f%%)%s%s",
                                s.detractors(),
                                s.responses(),
                                share * 100,
                                past.usualDetractorShare * 100,
                                nps,
                                csat)));
    }

    /**
     * Learns a window into the key's usual levels; a young key averages its windows evenly until it
     * has {@code 1/alpha} of them, so it knows its level at once.
     */
    public void learn(SurveyFigures s, SurveyHistory h) {
        double w = Math.max(alpha, 1.0 / (h.windowsLearnt + 1));
        h.usualDetractorShare += w * (s.detractorShare() - h.usualDetractorShare);
        if (s.npsResponses() > 0) {
            h.usualNps += w * (s.nps() - h.usualNps);
        }
        h.windowsLearnt++;
    }
}
