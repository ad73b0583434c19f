package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A volume spike: a key's count in a window rises far above its own baseline.
 *
 * @param window the tumbling event-time window the count is taken over
 * @param alpha the baseline's EWMA weight per window (0.1 remembers about the last 20 windows)
 * @param warmup how long a key must have been seen before it may alert: a brand-new key has no
 *     "usual" yet
 * @param minCount never fire below this many mentions in a window, whatever the baseline
 * @param zScore fire when the count is this many spreads above the baseline mean
 * @param minRatio and at least this many times the baseline mean
 * @param minNegativeShare and at least this share of the window's mentions negative (0 disables)
 * @param resolveZScore the incident quiets once the count falls back under this z-score
 *     (hysteresis: lower than {@code zScore})
 * @param resolveAfter quiet windows in a row before the incident resolves
 * @param updateGrowth report an update when the count grows by this factor over the last report
 * @param cooldown after a resolve, the same key may not open a new incident for this long
 * @param action the suggested first step for whoever receives the alert
 */
public record SpikeRule(
        String id,
        Duration window,
        double alpha,
        Duration warmup,
        long minCount,
        double zScore,
        double minRatio,
        double minNegativeShare,
        double resolveZScore,
        int resolveAfter,
        double updateGrowth,
        Severity severity,
        Duration cooldown,
        String action)
        implements Serializable {

    public SpikeRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(cooldown, "cooldown");
        if (alpha <= 0 || alpha >= 1) {
            throw new IllegalArgumentException("alpha must be in (0, 1)");
        }
        if (resolveZScore >= zScore) {
            throw new IllegalArgumentException("resolveZScore must be below zScore");
        }
        if (resolveAfter < 1 || updateGrowth <= 1) {
            throw new IllegalArgumentException("resolveAfter ≥ 1 and updateGrowth > 1");
        }
    }

    /** The count at which this rule fires for a key whose baseline is {@code mean} ± spread. */
    public double threshold(double mean, double spread) {
        return Math.max(minCount, Math.max(mean + zScore * spread, minRatio * mean));
    }
}
