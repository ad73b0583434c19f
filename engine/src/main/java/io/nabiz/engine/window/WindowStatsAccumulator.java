package io.nabiz.engine.window;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
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

    /** Terms a window reports: the frequent ones are what trend rules and people look at. */
    public static final int MAX_TERMS = 20;

    /** Most frequent first, then alphabetical. */
    private static final Comparator<Map.Entry<String, Long>> TERM_ORDER =
            Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey());

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
        // Most mentions of a busy window are neither among its most telling nor its loudest:
        // build their sample only when it is kept.
        Sample sample = null;
        if (samples.size() < MAX_SAMPLES || beats(m, samples.get(samples.size() - 1))) {
            sample = Sample.of(m);
            offerSample(sample);
        }
        if (m.negative() && (loudestNegative == null || louder(m.reach(), m.id()))) {
            loudestNegative = sample != null ? sample : Sample.of(m);
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
        return this;
    }

    /** Whether {@code m} would sort before {@code kept} by {@link Sample#MOST_TELLING}. */
    private static boolean beats(AspectMention m, Sample kept) {
        int c = Double.compare(m.sentimentScore(), kept.sentimentScore());
        if (c == 0) {
            c = Long.compare(kept.reach(), m.reach());
        }
        return c < 0 || (c == 0 && m.id().compareTo(kept.id()) < 0);
    }

    /**
     * Keeps the samples sorted most telling first: a new one goes after those that tie with it,
     * where a stable sort of the list with it appended would put it.
     */
    private void offerSample(Sample s) {
        int at = samples.size();
        while (at > 0 && Sample.MOST_TELLING.compare(samples.get(at - 1), s) > 0) {
            at--;
        }
        samples.add(at, s);
        if (samples.size() > MAX_SAMPLES) {
            samples.remove(samples.size() - 1);
        }
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
     * The most frequent terms, ties broken alphabetically so replays agree; a bounded heap, since a
     * busy window knows thousands of terms and reports twenty.
     */
    private TreeMap<String, Long> topTerms() {
        PriorityQueue<Map.Entry<String, Long>> worstFirst =
                new PriorityQueue<>(MAX_TERMS + 1, TERM_ORDER.reversed());
        for (Map.Entry<String, Long> e : terms.entrySet()) {
            if (worstFirst.size() < MAX_TERMS) {
                worstFirst.add(e);
            } else if (TERM_ORDER.compare(e, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(e);
            }
        }
        TreeMap<String, Long> top = new TreeMap<>();
        for (Map.Entry<String, Long> e : worstFirst) {
            top.put(e.getKey(), e.getValue());
        }
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
                loudestNegative);
    }
}
