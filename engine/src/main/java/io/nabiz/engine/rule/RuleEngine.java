package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.baseline.SeasonalBaseline;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Evaluates a {@link RuleSet} window by window for one key: judges the window against the key's
 * past, runs the incident's life, then learns the window into the key's baselines.
 *
 * <p>While an incident is open only the time-of-day or week profile learns, so the spike does not
 * teach the key that spikes are usual, but a peak that returns at the same hour every day is learnt
 * as that hour's normal. Windows in which nobody mentioned the key are learnt as zeros when the
 * next window arrives.
 */
public final class RuleEngine {

    /** Reach of this many recent windows is kept for growth projections. */
    static final int RECENT_WINDOWS = 6;

    /**
     * While an incident is open, a window teaches its hour at most this many spreads above usual.
     */
    static final double SEASON_CAP_Z = 4;

    /** Windows with fewer mentions than this say little about the usual negative share. */
    static final int MIN_SHARE_SUPPORT = 3;

    /**
     * An aspect's volume findings count only when the aspect rose this many times more than the
     * rest of its brand: when everything about a brand doubles, that is the brand's incident, not
     * delivery's. Mentions that name no aspect ({@code general}) never stand out on volume: more of
     * them is the brand's rise, judged on the brand-wide key.
     */
    static final double ASPECT_STAND_OUT = 1.5;

    /** Silent windows learnt one by one at most; a key silent longer has decayed anyway. */
    static final int MAX_SILENT_CATCH_UP = 2016;

    /** The longest span a volume rule may sum, in windows: what each key keeps counts for. */
    public static final int MAX_SPAN_WINDOWS = 48;

    private final RuleSet rules;
    private final long windowMillis;

    /**
     * What one window teaches its hour bucket: {@code seasonalAlpha} is the weight of one day's (or
     * week's) visit to the hour, shared among the hour's windows, so a bucket learns over days and
     * not within the hour it is judging.
     */
    private final double seasonalAlpha;

    private final IncidentLifecycle lifecycle;
    private final Confirmation confirmation;
    private final OpeningBudget budget;

    /** The first volume spike of the rule set, whose threshold judged windows report. */
    private final Optional<VolumeSpikeRule> spike;

    /** The spans the volume rules sum over. */
    private final List<Duration> spans;

    /** The same spans as keys of {@link KeyHistory#spans}. */
    private final List<String> spanKeys;

    /** Earlier windows' counts a key keeps to sum its longest span. */
    private final int countsKept;

    public RuleEngine(RuleSet rules, Playbooks playbooks) {
        this.rules = rules;
        this.windowMillis = rules.window().toMillis();
        this.seasonalAlpha =
                rules.baseline().seasonalAlpha()
                        * Math.min(1.0, windowMillis / (double) Duration.ofHours(1).toMillis());
        this.lifecycle = new IncidentLifecycle(rules.incidents(), playbooks);
        this.confirmation = new Confirmation(rules.incidents());
        this.budget = new OpeningBudget(rules.incidents());
        this.spike =
                rules.rules().stream()
                        .filter(VolumeSpikeRule.class::isInstance)
                        .map(VolumeSpikeRule.class::cast)
                        .findFirst();
        this.spans = rules.spans();
        this.spanKeys = spans.stream().map(Duration::toString).toList();
        this.countsKept = spans.stream().mapToInt(this::windowsIn).max().orElse(1) - 1;
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * Takes the next window of a key; windows must arrive in event-time order, and one already seen
     * is ignored (empty).
     *
     * @param explainedElsewhere true when another key explains this one (see {@code KeyFamilies}):
     *     the brand-wide key while one of its aspects has an open incident or rules firing
     * @param brand the brand as a whole in this window (see {@link #level}), or {@link
     *     KeyLevel#UNKNOWN}
     */
    public Optional<Judgement> onWindow(
            KeyHistory h, WindowStats w, boolean explainedElsewhere, KeyLevel brand) {
        long end = w.end().toEpochMilli();
        if (h.lastWindowEnd != Long.MIN_VALUE && end <= h.lastWindowEnd) {
            return Optional.empty();
        }
        if (h.count == null) {
            h.count = SeasonalBaseline.create(rules.baseline().season().baselineSeason());
            h.firstWindowEnd = end;
        } else {
            catchUpSilence(h, w);
        }
        h.spans.keySet().retainAll(spanKeys);
        KeyView past = view(h, w);
        boolean warm = end - h.firstWindowEnd >= rules.baseline().warmup().toMillis();
        List<Finding> findings = new ArrayList<>();
        List<Finding> confirmed = new ArrayList<>();
        if (!h.firing()) {
            h.streakNoise = Confirmation.noise(past.count());
        }
        int toConfirm = confirmation.windows(h.streakNoise);
        boolean standsOut =
                w.key().isBrandWide()
                        || !w.key().aspect().equals(IncidentKey.GENERAL)
                                && brand.standsOut(
                                        new KeyLevel(w.count(), past.count().mean()),
                                        ASPECT_STAND_OUT);
        for (Rule rule : rules.rules()) {
            boolean applies =
                    warm
                            && (rule.brandWide() || !w.key().isBrandWide())
                            && (standsOut || !rule.measuresVolume());
            Optional<Finding> finding = applies ? rule.evaluate(w, past) : Optional.empty();
            if (finding.isEmpty()) {
                h.firingStreaks.remove(rule.id());
                continue;
            }
            findings.add(finding.get());
            int streak = h.firingStreaks.merge(rule.id(), 1, Integer::sum);
            if (!rule.measuresVolume()) {
                confirmed.add(finding.get());
            } else if (streak >= toConfirm) {
                confirmed.add(confirmation.explained(finding.get(), h.streakNoise));
            }
        }
        boolean mayOpen =
                warm && end >= h.cooldownUntil && !explainedElsewhere && budget.allows(h, end);
        // An open incident hears every finding; a new one needs a confirmed finding.
        boolean wasOpen = h.incidentOpen();
        if (!wasOpen && !confirmed.isEmpty()) {
            confirmed.set(0, budget.explained(confirmed.get(0), h, end));
        }
        Optional<Alert> alert = lifecycle.next(h, w, past, wasOpen ? findings : confirmed, mayOpen);
        if (!wasOpen && h.incidentOpen()) {
            budget.spend(h, end);
        }
        if (h.incidentOpen() || (explainedElsewhere && !findings.isEmpty())) {
            // An incident is not "usual"; only the time-of-day profile keeps learning, so a
            // peak that comes back every day stops being news.
            learnSeasonOnly(h, w, past);
        } else {
            learn(h, w, past.spans());
        }
        remember(h, w, past.spans());
        return Optional.of(new Judgement(judged(w, past, h.incidentOpen()), alert));
    }

    private JudgedWindow judged(WindowStats w, KeyView past, boolean incidentOpen) {
        // Reported per window, as the span's threshold spread evenly over its windows.
        double spikeThreshold =
                spike.map(
                                r -> {
                                    Duration span = r.span(rules.window());
                                    return r.threshold(past.span(span).usual()) / windowsIn(span);
                                })
                        .orElse(0.0);
        return new JudgedWindow(
                w, past.count().mean(), past.count().spread(), spikeThreshold, incidentOpen);
    }

    /** A key's count in window {@code w} next to its usual count, before the window is learnt. */
    public KeyLevel level(KeyHistory h, WindowStats w) {
        return h.count == null
                ? KeyLevel.UNKNOWN
                : new KeyLevel(w.count(), h.count.expected(w.end()).mean());
    }

    /** The end of the window after the last one a key has seen. */
    public long nextWindowEnd(KeyHistory h) {
        return h.lastWindowEnd + windowMillis;
    }

    private KeyView view(KeyHistory h, WindowStats w) {
        List<Long> reach = new ArrayList<>(h.recentReach);
        reach.add(w.reach());
        return new KeyView(
                h.count.expected(w.end()),
                h.negativeShare,
                new EwmaBaseline(h.privateMean, h.privateVariance),
                new EwmaBaseline(h.socialMean, h.socialVariance),
                reach,
                Map.copyOf(h.termMeans),
                spanFigures(h, w));
    }

    /** The key's count over each span, ending with window {@code w}, next to its usual level. */
    private Map<Duration, KeyView.Span> spanFigures(KeyHistory h, WindowStats w) {
        Map<Duration, KeyView.Span> figures = new TreeMap<>();
        for (Duration span : spans) {
            SpanHistory s = spanHistory(h, span);
            figures.put(
                    span,
                    new KeyView.Span(
                            spanCount(h, w, span),
                            s.count.expected(w.end()),
                            s.peaks,
                            s.count.byHour(w.end())));
        }
        return figures;
    }

    private SpanHistory spanHistory(KeyHistory h, Duration span) {
        return h.spans.computeIfAbsent(
                span.toString(),
                s -> SpanHistory.create(rules.baseline().season().baselineSeason()));
    }

    /** The key's count over {@code span} ending with window {@code w}. */
    private long spanCount(KeyHistory h, WindowStats w, Duration span) {
        long sum = w.count();
        List<Long> earlier = h.recentCounts;
        for (int i = Math.max(0, earlier.size() - windowsIn(span) + 1); i < earlier.size(); i++) {
            sum += earlier.get(i);
        }
        return sum;
    }

    private int windowsIn(Duration span) {
        return (int) Math.max(1, span.toMillis() / windowMillis);
    }

    private void catchUpSilence(KeyHistory h, WindowStats w) {
        long silent = (w.end().toEpochMilli() - h.lastWindowEnd) / windowMillis - 1;
        if (silent <= 0) {
            return;
        }
        if (h.incidentOpen()) {
            h.quietWindows += (int) Math.min(silent, rules.incidents().resolveAfter());
            return;
        }
        long from = h.lastWindowEnd;
        for (long i = 1; i <= Math.min(silent, MAX_SILENT_CATCH_UP); i++) {
            Instant end = Instant.ofEpochMilli(from + i * windowMillis);
            WindowStats nothing = WindowStats.empty(w.key(), end.minusMillis(windowMillis), end);
            // Only the spans: a silent window has no terms or reach worth a full view.
            Map<Duration, KeyView.Span> spanFigures = spanFigures(h, nothing);
            learn(h, nothing, spanFigures);
            remember(h, nothing, spanFigures);
        }
    }

    /**
     * While an incident is open only the time-of-day or week profiles learn, capped, so a one-off
     * spike nudges its hour instead of redefining it.
     */
    private void learnSeasonOnly(KeyHistory h, WindowStats w, KeyView past) {
        h.count.observeSeason(w.end(), capped(w.count(), past.count()), seasonalAlpha);
        past.spans()
                .forEach(
                        (span, s) ->
                                spanHistory(h, span)
                                        .count
                                        .observeSeason(
                                                w.end(),
                                                capped(s.count(), s.usual()),
                                                seasonalAlpha));
    }

    private static double capped(double count, EwmaBaseline usual) {
        return Math.min(count, usual.mean() + SEASON_CAP_Z * usual.spread());
    }

    private void learn(KeyHistory h, WindowStats w, Map<Duration, KeyView.Span> spanFigures) {
        spanFigures.forEach(
                (span, s) -> {
                    // A key younger than the span has only part of it to sum.
                    if (h.recentCounts.size() >= windowsIn(span) - 1) {
                        spanHistory(h, span)
                                .count
                                .observe(
                                        w.end(),
                                        s.count(),
                                        rules.baseline().alpha(),
                                        seasonalAlpha,
                                        rules.baseline().clipZ());
                    }
                });
        // Everything a key learns is as young as its count baseline: same warm start.
        double alpha = h.count.weight(rules.baseline().alpha());
        h.count.observe(
                w.end(),
                w.count(),
                rules.baseline().alpha(),
                seasonalAlpha,
                rules.baseline().clipZ());
        if (w.count() >= MIN_SHARE_SUPPORT) {
            h.negativeShare += alpha * (w.negativeShare() - h.negativeShare);
        }
        EwmaBaseline p =
                new EwmaBaseline(h.privateMean, h.privateVariance)
                        .observe(
                                w.channelCount(Channel.CHAT) + w.channelCount(Channel.EMAIL),
                                alpha);
        h.privateMean = p.mean();
        h.privateVariance = p.variance();
        EwmaBaseline s =
                new EwmaBaseline(h.socialMean, h.socialVariance)
                        .observe(w.channelCount(Channel.SOCIAL), alpha);
        h.socialMean = s.mean();
        h.socialVariance = s.variance();
        TermRates.learn(h.termMeans, w.terms(), alpha);
    }

    private void remember(KeyHistory h, WindowStats w, Map<Duration, KeyView.Span> spanFigures) {
        h.lastWindowEnd = w.end().toEpochMilli();
        spanFigures.forEach((span, s) -> spanHistory(h, span).peaks.observe(w.end(), s.count()));
        h.recentCounts.add(w.count());
        while (h.recentCounts.size() > countsKept) {
            h.recentCounts.remove(0);
        }
        h.recentReach.add(w.reach());
        while (h.recentReach.size() > RECENT_WINDOWS) {
            h.recentReach.remove(0);
        }
    }
}
