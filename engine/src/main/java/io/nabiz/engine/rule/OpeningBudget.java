package io.nabiz.engine.rule;

import java.util.Locale;

/**
 * A false-alarm budget per key: a key earns {@code openingsPerDay} openings a day and saves up to
 * {@link #CAPACITY}; an incident opens only while a whole one is left. A key that keeps finding
 * something new every day or two is mostly wrong, and once it has spent its budget it stays quiet
 * until it has earned another opening; a key that was quiet for days may still open two incidents
 * in one bad day.
 */
final class OpeningBudget {

    /** Openings a key may save up. */
    static final int CAPACITY = 2;

    private static final double DAY_MILLIS = 86_400_000.0;

    private final double perDay;

    OpeningBudget(RuleSet.Incidents settings) {
        this.perDay = settings.openingsPerDay();
    }

    /** Openings the key has left at {@code now}. */
    double left(KeyHistory h, long now) {
        if (h.budgetAt == Long.MIN_VALUE) {
            return CAPACITY;
        }
        return Math.min(CAPACITY, h.budgetLeft + perDay * (now - h.budgetAt) / DAY_MILLIS);
    }

    /** Whether the key may open an incident at {@code now}. */
    boolean allows(KeyHistory h, long now) {
        return perDay <= 0 || left(h, now) >= 1;
    }

    /** Spends one opening at {@code now}. */
    void spend(KeyHistory h, long now) {
        if (perDay > 0) {
            h.budgetLeft = left(h, now) - 1;
            h.budgetAt = now;
        }
    }

    /** The finding, with what is left of the budget once the key has spent some of it. */
    Finding explained(Finding f, KeyHistory h, long now) {
        double left = left(h, now);
        if (perDay <= 0 || left >= CAPACITY) {
            return f;
        }
        return f.withHeadline(
                String.format(
                        Locale.ROOT,
                        "%s; %.1f of the key's %d openings left (it earns %.2f a day)",
                        f.headline(),
                        left,
                        CAPACITY,
                        perDay));
    }
}
