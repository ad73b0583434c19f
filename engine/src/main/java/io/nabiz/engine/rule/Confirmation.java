package io.nabiz.engine.rule;

import io.nabiz.engine.baseline.EwmaBaseline;
import java.util.Locale;

/**
 * How many windows in a row a volume rule must fire before it opens an incident, by the noise of
 * the key: {@code confirmWindows} for a key whose count varies as chance alone would (a Poisson
 * count, spread {@code sqrt(mean)}), one window more for every doubling of its spread beyond that,
 * up to {@code maxConfirmWindows}. A bursty key has bursts that mean nothing; it has to show that
 * this one lasts.
 */
final class Confirmation {

    private final int base;
    private final int max;

    Confirmation(RuleSet.Incidents settings) {
        this.base = settings.windowsToConfirm();
        this.max = Math.max(base, settings.maxConfirmWindows());
    }

    /** The key's spread over a Poisson count's at its usual level: 1 for chance alone. */
    static double noise(EwmaBaseline usual) {
        return usual.spread() / Math.sqrt(Math.max(1, usual.mean()));
    }

    /** Windows in a row a volume rule must fire on a key {@code noise} times as noisy as chance. */
    int windows(double noise) {
        if (max == base) {
            return base;
        }
        int extra = (int) Math.floor(Math.log(Math.max(1, noise)) / Math.log(2));
        return Math.min(max, base + extra);
    }

    /** The finding, saying why it was held longer than usual if it was. */
    Finding explained(Finding f, double noise) {
        int windows = windows(noise);
        if (windows <= base) {
            return f;
        }
        return f.withHeadline(
                String.format(
                        Locale.ROOT,
                        "%s; held %d windows, the key %.1fx as noisy as chance",
                        f.headline(),
                        windows,
                        noise));
    }
}
