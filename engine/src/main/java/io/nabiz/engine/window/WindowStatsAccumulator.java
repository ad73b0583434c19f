package io.nabiz.engine.window;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.TreeMap;

/**
 * Collects a window's figures one mention at a time.
 *
 * <p>A plain mutable class with public fields and a no-argument constructor so a stream processor
 * can keep it as window state; {@link #merge} makes it usable with merging windows.
 */
public final class WindowStatsAccumulator {

    /** Samples a window reports: enough to read the story, few enough to read at a glance. */
    public static final int MAX_SAMPLES = 5;

    /**
     * Groups of near-duplicate mentions a window keeps while it collects: more than it reports, so
     * a complaint that becomes common later in the window still finds its group, and bounded, so a
     * window of all-different texts keeps state small.
     */
    public static final int MAX_SAMPLE_GROUPS = 32;

    public long count;
    public long negativeCount;
    public long reach;
    public HashSet<String> authors = new HashSet<>();
    public TreeMap<String, Long> channels = new TreeMap<>();
    public TreeMap<String, Long> cues = new TreeMap<>();

    /** One sample per group of near-duplicates, each with its group's count; in no order. */
    public ArrayList<Sample> samples = new ArrayList<>();

    public TermCounts terms = new TermCounts();
    public Sample loudestNegative;
    public SurveyFigures survey = SurveyFigures.NONE;

    /** Where each group's sample sits in {@link #samples}; rebuilt after a restore. */
    private transient SampleGroups sampleGroups;

    /**
     * The slot of the least representative group once the window is full, or -1 when not known: a
     * group that gains a mention only becomes more representative, so the slot stays the least
     * until its own group changes.
     */
    private transient int leastSlot = -1;

    /** Terms a window reports: the frequent ones are what trend rules and people look at. */
    public static final int MAX_TERMS = 20;

    public WindowStatsAccumulator add(AspectMention m) {
        count++;
        if (m.negative()) {
            negativeCount++;
        }
        reach += m.reach();
        if (m.author() != null) {
            authors.add(m.author());
        }
        channels.merge(m.channel().wireName(), 1L, Long::sum);
        for (String cue : m.cues()) {
            cues.merge(cue, 1L, Long::sum);
        }
        for (String term : m.terms()) {
            terms.add(term, 1);
        }
        if (m.survey() != null) {
            survey = survey.plus(m.survey());
        }
        Sample sample = Sample.of(m);
        offerSample(sample, m.nearDuplicateHash());
        if (m.negative()) {
            offerLoudest(sample);
        }
        return this;
    }

    public WindowStatsAccumulator merge(WindowStatsAccumulator other) {
        count += other.count;
        negativeCount += other.negativeCount;
        reach += other.reach;
        authors.addAll(other.authors);
        other.channels.forEach((k, v) -> channels.merge(k, v, Long::sum));
        other.cues.forEach((k, v) -> cues.merge(k, v, Long::sum));
        other.samples.forEach(s -> offerSample(s, Sample.nearDuplicateHash(s.text())));
        terms.addAll(other.terms);
        if (other.loudestNegative != null) {
            offerLoudest(other.loudestNegative);
        }
        survey = survey.plus(other.survey);
        return this;
    }

    /** A deep copy: what a state backend keeps while a checkpoint writes this one. */
    public WindowStatsAccumulator copy() {
        WindowStatsAccumulator c = new WindowStatsAccumulator();
        c.count = count;
        c.negativeCount = negativeCount;
        c.reach = reach;
        c.authors = new HashSet<>(authors);
        c.channels = new TreeMap<>(channels);
        c.cues = new TreeMap<>(cues);
        c.samples = new ArrayList<>(samples); // samples are records
        c.terms = terms.copy();
        c.loudestNegative = loudestNegative;
        c.survey = survey; // a record
        // The copy's groups as they are: rebuilding them would hash every sample's text again,
        // and a state backend copies each window a checkpoint finds in use.
        c.sampleGroups = sampleGroups == null ? null : sampleGroups.copy();
        c.leastSlot = leastSlot;
        return c;
    }

    /**
     * Counts the sample into its group of near-duplicates, or starts a group. Once {@link
     * #MAX_SAMPLE_GROUPS} exist, a new group replaces the least representative one only when it is
     * more representative itself. Counts are exact while a window has no more groups than that, and
     * never overstated past it.
     */
    private void offerSample(Sample s, long key) {
        SampleGroups groups = sampleGroups();
        int at = groups.find(key, samples.size());
        if (at >= 0) {
            samples.set(at, samples.get(at).joinedWith(s));
            if (at == leastSlot) {
                leastSlot = -1;
            }
            return;
        }
        if (samples.size() < MAX_SAMPLE_GROUPS) {
            groups.set(samples.size(), key);
            samples.add(s);
            return;
        }
        int least = leastSlot();
        Sample evicted = samples.get(least);
        if (Sample.MOST_REPRESENTATIVE.compare(s, evicted) < 0) {
            groups.replace(least, evicted, key, samples.size());
            samples.set(least, s);
            leastSlot = -1;
        }
    }

    /** The least representative group's slot; the first such slot when samples tie. */
    private int leastSlot() {
        if (leastSlot < 0) {
            int least = 0;
            for (int i = 1; i < samples.size(); i++) {
                if (Sample.MOST_REPRESENTATIVE.compare(samples.get(i), samples.get(least)) > 0) {
                    least = i;
                }
            }
            leastSlot = least;
        }
        return leastSlot;
    }

    private SampleGroups sampleGroups() {
        if (sampleGroups == null) {
            sampleGroups = new SampleGroups(samples);
        }
        return sampleGroups;
    }

    /** The most representative samples, at most {@link #MAX_SAMPLES}. */
    private ArrayList<Sample> topSamples() {
        ArrayList<Sample> top = new ArrayList<>(samples);
        top.sort(Sample.MOST_REPRESENTATIVE);
        return new ArrayList<>(top.subList(0, Math.min(MAX_SAMPLES, top.size())));
    }

    private boolean louder(long reach, String id) {
        return reach > loudestNegative.reach()
                || (reach == loudestNegative.reach() && id.compareTo(loudestNegative.id()) < 0);
    }

    private void offerLoudest(Sample s) {
        if (loudestNegative == null || louder(s.reach(), s.id())) {
            loudestNegative = s;
        }
    }

    /**
     * The most frequent terms, ties broken alphabetically so replays agree. A busy window knows
     * thousands of terms and reports twenty: they are kept in two small arrays by insertion, which
     * costs a comparison or two per term that does not make the list.
     */
    private TreeMap<String, Long> topTerms() {
        String[] topTerms = new String[MAX_TERMS];
        long[] topCounts = new long[MAX_TERMS];
        int n = 0;
        for (int slot = 0; slot < terms.slots(); slot++) {
            String term = terms.term(slot);
            if (term == null) {
                continue;
            }
            long count = terms.count(slot);
            if (n == MAX_TERMS && !before(count, term, topCounts[n - 1], topTerms[n - 1])) {
                continue;
            }
            int at = n < MAX_TERMS ? n++ : n - 1; // when full, the last one goes
            for (; at > 0 && before(count, term, topCounts[at - 1], topTerms[at - 1]); at--) {
                topTerms[at] = topTerms[at - 1];
                topCounts[at] = topCounts[at - 1];
            }
            topTerms[at] = term;
            topCounts[at] = count;
        }
        TreeMap<String, Long> top = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            top.put(topTerms[i], topCounts[i]);
        }
        return top;
    }

    /** Whether a term ranks before another: more frequent, or as frequent and alphabetically. */
    private static boolean before(long count, String term, long otherCount, String otherTerm) {
        return count > otherCount || (count == otherCount && term.compareTo(otherTerm) < 0);
    }

    public WindowStats toStats(IncidentKey key, Instant start, Instant end) {
        return new WindowStats(
                key,
                start,
                end,
                count,
                negativeCount,
                reach,
                authors.size(),
                new TreeMap<>(channels),
                new TreeMap<>(cues),
                topTerms(),
                topSamples(),
                loudestNegative,
                survey);
    }
}
