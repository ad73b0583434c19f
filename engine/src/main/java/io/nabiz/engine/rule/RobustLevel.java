package io.nabiz.engine.rule;

import io.nabiz.engine.baseline.MedianLevel;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A robust usual level that a volume rule's span must clear: the median of the span's busiest count
 * in each hour of the look-back, with the MAD of those hourly peaks as its spread. A single spike,
 * or a whole day of them, does not move it: half the hours would have to be spikes.
 *
 * <p>An alternative to the look-back record ({@code busiestIn}), which stays blind for days after
 * one large spike: a burst smaller than that spike is never the busiest, whatever the level.
 * Against the median a burst counts by how far it stands above a typical hour.
 *
 * <p>The span is judged without its busiest window ({@link KeyView.Span#withoutBusiestWindow}): the
 * record also kept a single spike's echo quiet (a span holds the spike until it has left the span,
 * but never sets a new record with it), and a median does not, so a span busy through one window
 * alone is no rise.
 *
 * @param in the look-back whose hours are taken (at most a week; a younger key uses the hours it
 *     has)
 * @param zScore how many robust spreads above the median hourly peak the span must be
 */
public record RobustLevel(Duration in, double zScore) implements Serializable {

    /** The median and MAD of the span's hourly peaks before the current hour. */
    MedianLevel level(KeyView.Span span, Instant end, Duration window) {
        long windowsPerHour = Math.max(1, Duration.ofHours(1).toMillis() / window.toMillis());
        int hours = (int) Math.min(in.toHours(), span.seen() / windowsPerHour);
        return MedianLevel.of(span.peaks().lastHours(end, hours));
    }
}
