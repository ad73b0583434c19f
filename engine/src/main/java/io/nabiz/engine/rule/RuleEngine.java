package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.baseline.SeasonalBaseline;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * An aspect's volume findings count only when the aspect rose this many times more than the
     * rest of its brand: when everything about a brand doubles, that is the brand's incident, not
     * delivery's. Mentions that name no aspect ({@code general}) never stand out on volume: more of
     * them is the brand's rise, judged on the brand-wide key.
     */
    static final double ASPECT_STAND_OUT = 1.5;

    /** The longest span a volume rule may sum, in windows: what each key keeps counts for. */
    public static final int MAX_SPAN_WINDOWS = 48;

    private final RuleSet rules;
    private final long windowMillis;
    private final KeyLearner learner;
    private final IncidentLifecycle lifecycle;
    private final Confirmation confirmation;
    private final OpeningBudget budget;

    /** The first volume spike of the rule set, whose threshold judged windows report. */
    private final Optional<VolumeSpikeRule> spike;

    /** The same spans as keys of {@link KeyHistory#spans}. */
    private final List<String> spanKeys;

    public RuleEngine(RuleSet rules, Playbooks playbooks) {
        this.rules = rules;
        this.windowMillis = rules.window().toMillis();
        // What one window teaches its hour bucket: the weight of one day's (or week's) visit to
        // the hour, shared among the hour's windows, so a bucket learns over days and not within
        // the hour it is judging.
        this.learner =
                new KeyLearner(
                        rules,
                        rules.baseline().seasonalAlpha()
                                * Math.min(
                                        1.0,
                                        windowMillis / (double) Duration.ofHours(1).toMillis()));
        this.lifecycle = new IncidentLifecycle(rules.incidents(), playbooks);
        this.confirmation = new Confirmation(rules.incidents());
        this.budget = new OpeningBudget(rules.incidents());
        this.spike =
                rules.rules().stream()
                        .filter(VolumeSpikeRule.class::isInstance)
                        .map(VolumeSpikeRule.class::cast)
                        .findFirst();
        this.spanKeys = learner.spanKeys();
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
            learner.catchUpSilence(h, end, rules.incidents().resolveAfter());
        }
        h.spans.keySet().retainAll(spanKeys);
        long[] spanCounts = learner.spanCounts(h, w.count(), new long[spanKeys.size()]);
        KeyView past = view(h, w, spanCounts);
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
            learner.learnSeasonOnly(h, w, past);
        } else {
            learner.learn(h, w, spanCounts);
        }
        learner.remember(h, w, spanCounts);
        return Optional.of(new Judgement(judged(w, past, h.incidentOpen()), alert));
    }

    private JudgedWindow judged(WindowStats w, KeyView past, boolean incidentOpen) {
        // Reported per window, as the span's threshold spread evenly over its windows.
        double spikeThreshold =
                spike.map(
                                r -> {
                                    Duration span = r.span(rules.window());
                                    return r.threshold(past.span(span).usual())
                                            / learner.windowsIn(span);
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

    private KeyView view(KeyHistory h, WindowStats w, long[] spanCounts) {
        List<Long> reach = new ArrayList<>(h.recentReach);
        reach.add(w.reach());
        return new KeyView(
                h.count.expected(w.end()),
                h.negativeShare,
                new EwmaBaseline(h.privateMean, h.privateVariance),
                new EwmaBaseline(h.socialMean, h.socialVariance),
                reach,
                h.termMeans,
                spanFigures(h, w, spanCounts),
                Collections.unmodifiableMap(h.firingStreaks));
    }

    /** The key's count over each span, ending with window {@code w}, next to its usual level. */
    private Map<Duration, KeyView.Span> spanFigures(KeyHistory h, WindowStats w, long[] counts) {
        Map<Duration, KeyView.Span> figures = new TreeMap<>();
        List<Duration> spans = learner.spans();
        List<Long> earlier = h.recentCounts;
        for (int i = 0; i < counts.length; i++) {
            SpanHistory s = learner.spanHistory(h, i);
            int from = Math.max(0, earlier.size() - learner.windowsIn(spans.get(i)) + 1);
            long busiest = w.count();
            for (int j = from; j < earlier.size(); j++) {
                busiest = Math.max(busiest, earlier.get(j));
            }
            figures.put(
                    spans.get(i),
                    new KeyView.Span(
                            counts[i],
                            s.count.expected(w.end()),
                            s.peaks,
                            s.count.byHour(w.end()),
                            s.count.seen,
                            earlier.size() - from + 1,
                            busiest));
        }
        return figures;
    }
}
