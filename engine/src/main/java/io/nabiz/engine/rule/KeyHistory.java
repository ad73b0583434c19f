package io.nabiz.engine.rule;

import io.nabiz.engine.baseline.SeasonalBaseline;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the rule engine remembers about one key between windows: its baselines and its open
 * incident, if any.
 *
 * <p>A plain class with public fields and a no-argument constructor so a stream processor can keep
 * it as keyed state. Times are epoch milliseconds; {@code incidentId == null} means no incident is
 * open.
 */
public final class KeyHistory {
    public SeasonalBaseline count;
    public double negativeShare;
    public double privateMean;
    public double privateVariance;
    public double socialMean;
    public double socialVariance;
    public ArrayList<Long> recentReach = new ArrayList<>();
    public TermRates termMeans = new TermRates();

    /** Counts of the last windows, oldest first: what the spans of volume rules sum. */
    public ArrayList<Long> recentCounts = new ArrayList<>();

    /** Per span a volume rule sums over (ISO-8601 duration): its usual level and peaks. */
    public TreeMap<String, SpanHistory> spans = new TreeMap<>();

    /** Per rule id: the windows in a row it has fired in, while it keeps firing. */
    public TreeMap<String, Integer> firingStreaks = new TreeMap<>();

    public long firstWindowEnd = Long.MIN_VALUE;
    public long lastWindowEnd = Long.MIN_VALUE;

    public String incidentId;
    public String openingRule;
    public String playbook;
    public long openedAt;
    public int seq;
    public String severity;
    public long lastReportedCount;
    public long peakCount;
    public long peakAt;
    public int quietWindows;
    public long cooldownUntil = Long.MIN_VALUE;
    public TreeSet<String> triggers = new TreeSet<>();

    /**
     * The key's noise ({@link Confirmation#noise}) when its rules began firing: the streak is held
     * to the key as it was before, not as the spike being confirmed makes it look.
     */
    public double streakNoise;

    /** Openings left in the key's false-alarm budget when it last spent one, and when. */
    public double budgetLeft;

    public long budgetAt = Long.MIN_VALUE;

    public boolean incidentOpen() {
        return incidentId != null;
    }

    /** Whether any rule fired on the key's last window, confirmed or not. */
    public boolean firing() {
        return !firingStreaks.isEmpty();
    }

    /**
     * A deep copy. A heap state backend copies every history a task changes while a checkpoint is
     * being written; through JSON that cost more than judging the window.
     */
    public KeyHistory copy() {
        KeyHistory c = new KeyHistory();
        c.count = count == null ? null : count.copy();
        c.negativeShare = negativeShare;
        c.privateMean = privateMean;
        c.privateVariance = privateVariance;
        c.socialMean = socialMean;
        c.socialVariance = socialVariance;
        c.recentReach = new ArrayList<>(recentReach);
        c.termMeans = termMeans.copy();
        c.recentCounts = new ArrayList<>(recentCounts);
        spans.forEach((span, s) -> c.spans.put(span, s.copy()));
        c.firingStreaks = new TreeMap<>(firingStreaks);
        c.firstWindowEnd = firstWindowEnd;
        c.lastWindowEnd = lastWindowEnd;
        c.incidentId = incidentId;
        c.openingRule = openingRule;
        c.playbook = playbook;
        c.openedAt = openedAt;
        c.seq = seq;
        c.severity = severity;
        c.lastReportedCount = lastReportedCount;
        c.peakCount = peakCount;
        c.peakAt = peakAt;
        c.quietWindows = quietWindows;
        c.cooldownUntil = cooldownUntil;
        c.triggers = new TreeSet<>(triggers);
        c.streakNoise = streakNoise;
        c.budgetLeft = budgetLeft;
        c.budgetAt = budgetAt;
        return c;
    }
}
