package io.nabiz.engine.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.nabiz.engine.baseline.SeasonalBaseline;
import io.nabiz.engine.window.KeyKind;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The rules a job evaluates and how it keeps baselines and incidents, as written in {@code
 * config/rules.yaml} and validated by {@code config/schemas/rules.schema.json}.
 *
 * @param window every key's figures are taken over tumbling event-time windows of this size; volume
 *     rules may sum several of them into a sliding span
 * @param keys further kinds of keys judged besides brand × aspect (absent: none)
 */
public record RuleSet(
        int v,
        Duration window,
        List<KeyKind> keys,
        Baseline baseline,
        Incidents incidents,
        List<Rule> rules)
        implements Serializable {

    /**
     * How "usual" is learnt.
     *
     * @param alpha EWMA weight per window (0.05 remembers about the last 40 windows)
     * @param seasonalAlpha EWMA weight of one day's (or week's) visit to an hour-of-day (or
     *     hour-of-week) bucket, shared among the hour's windows
     * @param warmup a key must have been seen this long before it may alert
     * @param clipZ a window teaches the usual level at most this many spreads above it (absent or
     *     0: its whole count), so one spike does not poison the level
     */
    public record Baseline(
            double alpha, double seasonalAlpha, Season season, Duration warmup, double clipZ)
            implements Serializable {}

    /**
     * How one incident lives.
     *
     * @param resolveAfter quiet windows in a row before an incident resolves
     * @param resolveZScore a window counts as quiet once no rule fires and its count is under this
     *     z-score (hysteresis: lower than the spike threshold)
     * @param updateGrowth an open incident reports an update when its count grows by this factor
     * @param cooldown after a resolve, the key may not open a new incident for this long
     * @param confirmWindows a rule that measures volume opens an incident only once it has fired in
     *     this many windows in a row (absent: 1), so one noisy window is not an incident; a single
     *     post or a share shift opens at once
     * @param maxConfirmWindows a noisy key's volume rules must fire one window longer per doubling
     *     of its spread over chance's, up to this many windows (absent or at most {@code
     *     confirmWindows}: always {@code confirmWindows}); see {@link Confirmation}
     * @param openingsPerDay a key earns this many incident openings a day and saves up two; it
     *     opens only while it has one left (absent or 0: no budget); see {@link OpeningBudget}
     */
    public record Incidents(
            int resolveAfter,
            double resolveZScore,
            double updateGrowth,
            Duration cooldown,
            int confirmWindows,
            int maxConfirmWindows,
            double openingsPerDay)
            implements Serializable {

        /** Windows in a row a volume rule must fire before it may open an incident. */
        public int windowsToConfirm() {
            return Math.max(1, confirmWindows);
        }
    }

    /** The calendar cycle baselines learn. */
    public enum Season {
        @JsonProperty("none")
        NONE,
        @JsonProperty("hour-of-day")
        HOUR_OF_DAY,
        @JsonProperty("hour-of-week")
        HOUR_OF_WEEK,
        /** Hour of day once the key's own history shows a daily cycle, else none. */
        @JsonProperty("auto")
        AUTO;

        public SeasonalBaseline.Season baselineSeason() {
            return SeasonalBaseline.Season.valueOf(name());
        }
    }

    public RuleSet {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(incidents, "incidents");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        keys = keys == null ? List.of() : List.copyOf(keys);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a rule set needs at least one rule");
        }
        if (rules.stream().map(Rule::id).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("rule ids must be unique");
        }
    }

    /** The spans volume rules sum over, shortest first. */
    public List<Duration> spans() {
        return rules.stream()
                .filter(VolumeSpikeRule.class::isInstance)
                .flatMap(r -> ((VolumeSpikeRule) r).spans(window))
                .distinct()
                .sorted()
                .toList();
    }
}
