package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fits the recent growth of a key's reach and forecasts when its audience crosses a threshold:
 * "projected to reach 5,000 people in ~40 min".
 *
 * <p>The growth factor is the geometric mean of the last windows' reach ratios; the forecast sums
 * that geometric series until the cumulative reach crosses {@code reach}. Only growth counts: a
 * flat key that slowly accumulates reach is not an emergency.
 *
 * @param reach the audience size that must not be reached unnoticed
 * @param horizon fire when the projection crosses it within this long
 * @param minGrowth the per-window growth factor below which nothing is projected
 */
public record GrowthProjectionRule(
        String id,
        Severity severity,
        String playbook,
        boolean brandWide,
        long minSupport,
        long reach,
        Duration horizon,
        double minGrowth)
        implements Rule {

    /** Only growth in a key busier than usual counts: a daily peak grows every evening. */
    static final double MIN_EXCESS = 2;

    /** Windows the fit looks back over (including the current one). */
    static final int FIT_WINDOWS = 3;

    @Override
    public Optional<Finding> evaluate(WindowStats w, KeyView past) {
        List<Long> recent = past.recentReach();
        if (w.count() < minSupport
                || w.count() < MIN_EXCESS * past.count().mean()
                || recent.size() < FIT_WINDOWS) {
            return Optional.empty();
        }
        List<Long> fit = recent.subList(recent.size() - FIT_WINDOWS, recent.size());
        double first = Math.max(1, fit.get(0));
        double last = fit.get(fit.size() - 1);
        double growth = Math.pow(last / first, 1.0 / (FIT_WINDOWS - 1));
        if (growth < minGrowth) {
            return Optional.empty();
        }
        double cumulative = recent.stream().mapToLong(Long::longValue).sum();
        long windowMinutes = w.size().toMinutes();
        long maxWindows = Math.max(1, horizon.toMinutes() / windowMinutes);
        double next = last;
        for (long n = 0; n <= maxWindows; n++) {
            if (cumulative >= reach) {
                long minutes = n * windowMinutes;
                String when =
                        minutes == 0
                                ? "already"
                                : String.format(Locale.ROOT, "in ~%d min", minutes);
                return found("projected to reach %,d people %s", reach, when);
            }
            next *= growth;
            cumulative += next;
        }
        return Optional.empty();
    }
}
