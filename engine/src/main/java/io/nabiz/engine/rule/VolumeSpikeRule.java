package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.baseline.HourlyPeaks;
import io.nabiz.engine.baseline.MedianLevel;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A key's count over the last {@code over} rises far above what is usual for such a span.
 *
 * <p>A short span catches a burst within minutes; an hour catches a rise that is steep for the day
 * but never sharp in any five minutes. The span slides: it is judged at the end of every window.
 *
 * @param over the span summed, a whole number of windows (absent: one window)
 * @param zScore how many spreads above the usual count
 * @param minRatio and at least this many times the usual count
 * @param minSupport and never on fewer mentions than this
 * @param busiestIn and only when the span was never as busy in this long before (to the hour;
 *     absent: no such condition), so the lesser waves after a big one, or a level the key reached
 *     yesterday, do not open incidents of their own
 * @param recordBeforeRise with {@code busiestIn}: once the rule has fired, the windows that follow
 *     in its streak are held to the record of the whole hours before the rise began, not to the
 *     rise's own first windows (absent or false: every window must set a new record; without {@code
 *     busiestIn}: no effect, so a rule set may swap the record for another gate); see {@link
 *     #record}
 * @param fadesAfter with {@code busiestIn}: the record's older hours count less, in full up to this
 *     age and then less and less to nothing at {@code busiestIn} (absent: every hour of the
 *     look-back counts in full), so a long look-back still holds back the lesser waves of the days
 *     after a spike but not a real burst most of a look-back later; see {@link
 *     HourlyPeaks#busiestFading}
 * @param nowZScore and only while the newest window itself is at least this many spreads above the
 *     key's usual window (absent or 0: no such condition): one spike keeps a span's sum high for as
 *     long as the span, but it is over once its window has passed
 * @param agree and only while a longer span agrees (absent: no such condition); see {@link
 *     ScaleAgreement}
 * @param robust and only while the span stands this far above a robust level, the median of its
 *     hourly peaks, even without its busiest window (absent: no such condition); see {@link
 *     RobustLevel}
 */
public record VolumeSpikeRule(
        String id,
        Severity severity,
        String playbook,
        boolean brandWide,
        Duration over,
        long minSupport,
        double zScore,
        double minRatio,
        Duration busiestIn,
        boolean recordBeforeRise,
        Duration fadesAfter,
        double nowZScore,
        ScaleAgreement agree,
        RobustLevel robust)
        implements Rule {

    /** The span this rule sums, given the rule set's window. */
    public Duration span(Duration window) {
        return over == null ? window : over;
    }

    /** The span count at which this rule fires against {@code usual}. */
    public double threshold(EwmaBaseline usual) {
        return Math.max(
                minSupport,
                Math.max(usual.mean() + zScore * usual.spread(), minRatio * usual.mean()));
    }

    @Override
    public Optional<Finding> evaluate(WindowStats w, KeyView past) {
        Duration summed = span(w.size());
        KeyView.Span span = past.span(summed);
        if (span.count() < threshold(span.usual())) {
            return Optional.empty();
        }
        HourlyPeaks.Faded record = busiestIn == null ? null : record(w, past, span);
        if (busiestIn != null && span.count() <= record.value()) {
            return Optional.empty();
        }
        if (nowZScore > 0 && past.count().zScore(w.count()) < nowZScore) {
            return Optional.empty();
        }
        MedianLevel typical = robust == null ? null : robust.level(span, w.end(), w.size());
        if (robust != null && typical.zScore(span.withoutBusiestWindow()) < robust.zScore()) {
            return Optional.empty();
        }
        double agreed = agree == null ? Double.NaN : agree.evidence(past);
        if (agree != null && agreed < agree.zScore()) {
            return Optional.empty();
        }
        String headline =
                String.format(
                        Locale.ROOT,
                        "%d mentions in %d min, %.1fx the usual %.1f%s",
                        span.count(),
                        summed.toMinutes(),
                        span.count() / Math.max(1, span.usual().mean()),
                        span.usual().mean(),
                        span.byHour() ? " for this hour" : "");
        if (busiestIn != null) {
            headline += recordClause(w, past, span, record);
        }
        if (typical != null) {
            headline +=
                    String.format(
                            Locale.ROOT,
                            ", %.1f robust spreads above a typical hour's busiest %.0f",
                            typical.zScore(span.withoutBusiestWindow()),
                            typical.median());
        }
        if (agree == null) {
            return found("%s", headline);
        }
        KeyView.Span longer = past.span(agree.over());
        return found(
                "%s; %d in %d min, %.1f spreads above the usual %.1f",
                headline, longer.count(), agree.over().toMinutes(), agreed, longer.usual().mean());
    }

    /**
     * The busiest the span has been in the look-back, which it must exceed. A window that opens a
     * streak is held to everything before it, its own hour included. A window that confirms one is
     * held to the whole hours before the hour the rise began in, with {@link #recordBeforeRise}:
     * without it, a rise that set a record at 10:05 must beat its own 10:05 at 10:10 and 10:15, so
     * a burst that stays high but not higher fails a confirmation of three windows, and how many
     * windows confirmation asks for decides which bursts open at all.
     */
    HourlyPeaks.Faded record(WindowStats w, KeyView past, KeyView.Span span) {
        int before = recordBeforeRise ? past.streak(id) : 0;
        if (before == 0) {
            return heldTo(span.peaks(), w.end(), false);
        }
        Instant riseBegan = w.end().minus(w.size().multipliedBy(before));
        return heldTo(span.peaks(), riseBegan, true);
    }

    private HourlyPeaks.Faded heldTo(HourlyPeaks peaks, Instant at, boolean beforeHour) {
        if (fadesAfter != null) {
            return peaks.busiestFading(at, busiestIn, fadesAfter, beforeHour);
        }
        long busiest =
                beforeHour
                        ? peaks.busiestBeforeHourOf(at, busiestIn)
                        : peaks.busiest(at, busiestIn);
        return new HourlyPeaks.Faded(busiest, busiest, 0);
    }

    /**
     * The record the span beat, said only where the plain "busiest in the look-back" would mislead:
     * a confirming window below the rise's own first ones was held to the record from before the
     * rise, and a faded record counted an older peak at part of its size.
     */
    private String recordClause(
            WindowStats w, KeyView past, KeyView.Span span, HourlyPeaks.Faded record) {
        boolean beforeRise =
                recordBeforeRise
                        && past.streak(id) > 0
                        && span.count() <= heldTo(span.peaks(), w.end(), false).value();
        boolean faded = record.weight() < 1;
        if (!beforeRise && !faded) {
            return "";
        }
        String clause =
                String.format(
                        Locale.ROOT,
                        ", above the record %.0f of the %s%s",
                        record.value(),
                        lookBack(),
                        beforeRise ? " before the rise" : "");
        if (faded) {
            clause +=
                    String.format(
                            Locale.ROOT,
                            " (%d, %.1f days ago, counted at %.0f %% for its age)",
                            record.peak(),
                            record.hoursAgo() / 24.0,
                            100 * record.weight());
        }
        return clause;
    }

    /** The record's look-back as people say it: "5 days", "6 hours". */
    private String lookBack() {
        long hours = busiestIn.toHours();
        return hours % 24 == 0
                ? (hours / 24) + (hours == 24 ? " day" : " days")
                : hours + (hours == 1 ? " hour" : " hours");
    }

    /** The spans this rule reads: its own and, with {@link #agree}, the longer one. */
    public Stream<Duration> spans(Duration window) {
        return agree == null ? Stream.of(span(window)) : Stream.of(span(window), agree.over());
    }
}
