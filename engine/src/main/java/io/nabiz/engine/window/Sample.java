package io.nabiz.engine.window;

import io.nabiz.engine.mention.Channel;
import java.time.Instant;
import java.util.Comparator;

/** A mention kept as evidence for a window: what a CX agent reads to see what is going on. */
public record Sample(
        String id,
        Channel channel,
        Instant ts,
        String lang,
        double sentimentScore,
        long reach,
        String text) {

    /**
     * Most telling first: the most negative, then the widest reach; the id breaks ties so a replay
     * keeps the same samples.
     */
    public static final Comparator<Sample> MOST_TELLING =
            Comparator.comparingDouble(Sample::sentimentScore)
                    .thenComparing(Comparator.comparingLong(Sample::reach).reversed())
                    .thenComparing(Sample::id);

    static Sample of(AspectMention m) {
        return new Sample(
                m.id(), m.channel(), m.ts(), m.lang(), m.sentimentScore(), m.reach(), m.text());
    }
}
