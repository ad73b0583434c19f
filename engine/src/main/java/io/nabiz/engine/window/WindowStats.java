package io.nabiz.engine.window;

import io.nabiz.engine.mention.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.TreeMap;

/**
 * The figures of one incident key over one event-time window.
 *
 * @param reach the people the window's mentions may reach (followers plus shares' audiences)
 * @param channels mentions per channel wire name
 * @param cues mentions per risk cue
 * @param terms the window's most frequent content words with their mention counts
 * @param samples the most telling mentions, most telling first
 * @param loudestNegative the negative mention with the widest reach, or {@code null}
 * @param survey the window's survey responses: NPS, CSAT, detractor share
 */
public record WindowStats(
        IncidentKey key,
        Instant start,
        Instant end,
        long count,
        long negativeCount,
        long reach,
        long distinctAuthors,
        TreeMap<String, Long> channels,
        TreeMap<String, Long> cues,
        TreeMap<String, Long> terms,
        ArrayList<Sample> samples,
        Sample loudestNegative,
        SurveyFigures survey) {

    public WindowStats {
        survey = survey == null ? SurveyFigures.NONE : survey;
    }

    /** Figures without survey responses. */
    public WindowStats(
            IncidentKey key,
            Instant start,
            Instant end,
            long count,
            long negativeCount,
            long reach,
            long distinctAuthors,
            TreeMap<String, Long> channels,
            TreeMap<String, Long> cues,
            TreeMap<String, Long> terms,
            ArrayList<Sample> samples,
            Sample loudestNegative) {
        this(
                key,
                start,
                end,
                count,
                negativeCount,
                reach,
                distinctAuthors,
                channels,
                cues,
                terms,
                samples,
                loudestNegative,
                SurveyFigures.NONE);
    }

    /** The figures of a window in which nobody mentioned the key. */
    public static WindowStats empty(IncidentKey key, Instant start, Instant end) {
        return new WindowStats(
                key,
                start,
                end,
                0,
                0,
                0,
                0,
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new ArrayList<>(),
                null);
    }

    /**
     * These figures without the window's words and voices (cues, terms, samples, survey): its
     * counts, which tables and plots of many windows show. The channel counts are shared.
     */
    public WindowStats counts() {
        return new WindowStats(
                key,
                start,
                end,
                count,
                negativeCount,
                reach,
                distinctAuthors,
                channels,
                new TreeMap<>(),
                new TreeMap<>(),
                new ArrayList<>(),
                null);
    }

    public double negativeShare() {
        return count == 0 ? 0 : (double) negativeCount / count;
    }

    public Duration size() {
        return Duration.between(start, end);
    }

    public long channelCount(Channel channel) {
        return channels.getOrDefault(channel.wireName(), 0L);
    }
}
