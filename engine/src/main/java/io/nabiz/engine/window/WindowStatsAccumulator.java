package io.nabiz.engine.window;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects a window's figures one mention at a time.
 *
 * <p>A plain mutable class with public fields and a no-argument constructor so a stream processor
 * can keep it as window state; {@link #merge} makes it usable with merging windows.
 */
public final class WindowStatsAccumulator {

    /** Samples kept per window: enough to read the story, few enough to keep state small. */
    public static final int MAX_SAMPLES = 5;

    public long count;
    public long negativeCount;
    public long reach;
    public HashSet<String> authors = new HashSet<>();
    public TreeMap<String, Long> channels = new TreeMap<>();
    public TreeMap<String, Long> cues = new TreeMap<>();
    public ArrayList<Sample> samples = new ArrayList<>();
    public HashMap<String, Long> terms = new HashMap<>();
    public Sample loudestNegative;
    public SurveyFigures survey = SurveyFigures.NONE;

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
            terms.merge(term, 1L, Long::sum);
        }
        if (m.survey() != null) {
            survey = survey.plus(m.survey());
        }
        Sample sample = Sample.of(m);
        offerSample(sample);
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
        other.samples.forEach(this::offerSample);
        other.terms.forEach((k, v) -> terms.merge(k, v, Long::sum));
        if (other.loudestNegative != null) {
            offerLoudest(other.loudestNegative);
        }
        survey = survey.plus(other.survey);
        return this;
    }

    private void offerSample(Sample s) {
        samples.add(s);
        samples.sort(Sample.MOST_TELLING);
        if (samples.size() > MAX_SAMPLES) {
            samples.remove(samples.size() - 1);
        }
    }

    private void offerLoudest(Sample s) {
        if (loudestNegative == null
                || s.reach() > loudestNegative.reach()
                || (s.reach() == loudestNegative.reach()
                        && s.id().compareTo(loudestNegative.id()) < 0)) {
            loudestNegative = s;
        }
    }

    /** The most frequent terms, ties broken alphabetically so replays agree. */
    private TreeMap<String, Long> topTerms() {
        TreeMap<String, Long> top = new TreeMap<>();
        terms.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TERMS)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
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
                new ArrayList<>(samples),
                loudestNegative,
                survey);
    }
}
