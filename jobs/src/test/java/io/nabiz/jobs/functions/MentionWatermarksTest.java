package io.nabiz.jobs.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Engagement;
import io.nabiz.engine.mention.Mention;
import io.nabiz.jobs.serde.DecodedRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class MentionWatermarksTest {

    private static final Duration DISORDER = Duration.ofMinutes(2);
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void aMentionStampedAheadOfTheBrokerMovesEventTimeOnlyToTheBrokersClock() {
        MentionWatermarks w = new MentionWatermarks(DISORDER, true);
        Recorded out = new Recorded();
        Instant ahead = NOW.plus(Duration.ofHours(20));
        w.onEvent(DecodedRecord.of(mention(ahead), NOW.toEpochMilli()), ahead.toEpochMilli(), out);
        assertEquals(List.of(NOW.minus(DISORDER).toEpochMilli() - 1), out.watermarks);
    }

    @Test
    void aMentionOnTimeOrFromAFileMovesEventTimeToItsOwnTime() {
        MentionWatermarks w = new MentionWatermarks(DISORDER, true);
        Recorded out = new Recorded();
        Instant earlier = NOW.minus(Duration.ofMinutes(1));
        w.onEvent(
                DecodedRecord.of(mention(earlier), NOW.toEpochMilli()),
                earlier.toEpochMilli(),
                out);
        Instant later = NOW.plus(Duration.ofHours(3));
        w.onEvent(DecodedRecord.of(mention(later)), later.toEpochMilli(), out);
        assertEquals(
                List.of(
                        earlier.minus(DISORDER).toEpochMilli() - 1,
                        later.minus(DISORDER).toEpochMilli() - 1),
                out.watermarks);
    }

    private static Mention mention(Instant ts) {
        return new Mention(
                Mention.VERSION,
                "m-" + ts.toEpochMilli(),
                Channel.CHAT,
                null,
                "acme",
                ts,
                "where is my parcel",
                null,
                new Engagement(0, 0, 0),
                null);
    }

    private static final class Recorded implements WatermarkOutput {
        final List<Long> watermarks = new ArrayList<>();

        @Override
        public void emitWatermark(Watermark watermark) {
            watermarks.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {}

        @Override
        public void markActive() {}
    }
}
