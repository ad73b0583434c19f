package io.nabiz.jobs.serde;

import io.nabiz.engine.baseline.SeasonalBaseline;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.rule.SpanHistory;
import io.nabiz.engine.rule.TermRates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * The rule operator's key histories as state, field by field in binary, versioned.
 *
 * <p>Every brand × aspect key holds one, and every checkpoint writes them all: as JSON they were
 * the largest share of the checkpoint thread and of a checkpoint's size, and on RocksDB a JSON
 * round trip on every window of a key. Doubles keep their exact bits; counts, streaks and sizes are
 * variable-length; arrays that are mostly zeros (a key's hourly peaks, the buckets of a young
 * seasonal baseline) are written as runs. Every field that may be null carries a presence flag, so
 * a history comes back as it went, nulls included. Elements of its lists, maps and sets are never
 * null (the engine unboxes and compares them): a null element fails the write rather than being
 * misread. Checkpoints and savepoints that hold histories as JSON still restore (see {@link
 * BinaryStateSnapshot}).
 */
public final class KeyHistorySerializer extends BinaryStateSerializer<KeyHistory> {

    private static final long serialVersionUID = 1L;

    public static final KeyHistorySerializer INSTANCE = new KeyHistorySerializer();

    /** For the places that take a type rather than a serializer: the rule operator's state. */
    public static final TypeInformation<KeyHistory> TYPE =
            new ExplicitType<>(KeyHistory.class, INSTANCE);

    // Presence flags of a history's fields that may be null (strings carry their own).
    private static final int COUNT = 1;
    private static final int RECENT_REACH = 1 << 1;
    private static final int TERM_MEANS = 1 << 2;
    private static final int RECENT_COUNTS = 1 << 3;
    private static final int SPANS = 1 << 4;
    private static final int FIRING_STREAKS = 1 << 5;
    private static final int TRIGGERS = 1 << 6;

    // Presence flags of a span's parts, and of a baseline's arrays with its one boolean.
    private static final int SPAN_PRESENT = 1;
    private static final int SPAN_COUNT = 1 << 1;
    private static final int SPAN_PEAKS = 1 << 2;
    private static final int PEAKS_ARRAY = 1 << 3;

    private static final int AUTO = 1;
    private static final int BUCKET_MEAN = 1 << 1;
    private static final int BUCKET_VARIANCE = 1 << 2;
    private static final int BUCKET_SEEN = 1 << 3;

    @Override
    public KeyHistory createInstance() {
        return new KeyHistory();
    }

    @Override
    public KeyHistory copy(KeyHistory from) {
        return from == null ? null : from.copy();
    }

    @Override
    void write(KeyHistory h, DataOutputView out) throws IOException {
        out.writeByte(
                flag(h.count, COUNT)
                        | flag(h.recentReach, RECENT_REACH)
                        | flag(h.termMeans, TERM_MEANS)
                        | flag(h.recentCounts, RECENT_COUNTS)
                        | flag(h.spans, SPANS)
                        | flag(h.firingStreaks, FIRING_STREAKS)
                        | flag(h.triggers, TRIGGERS));
        if (h.count != null) {
            writeBaseline(h.count, out);
        }
        out.writeDouble(h.negativeShare);
        out.writeDouble(h.privateMean);
        out.writeDouble(h.privateVariance);
        out.writeDouble(h.socialMean);
        out.writeDouble(h.socialVariance);
        if (h.recentReach != null) {
            BinaryFields.writeLongs(h.recentReach, out);
        }
        if (h.termMeans != null) {
            writeTermRates(h.termMeans, out);
        }
        if (h.recentCounts != null) {
            BinaryFields.writeLongs(h.recentCounts, out);
        }
        if (h.spans != null) {
            BinaryFields.writeSize(h.spans.size(), out);
            for (Map.Entry<String, SpanHistory> e : h.spans.entrySet()) {
                StringValue.writeString(e.getKey(), out);
                writeSpan(e.getValue(), out);
            }
        }
        if (h.firingStreaks != null) {
            BinaryFields.writeSize(h.firingStreaks.size(), out);
            for (Map.Entry<String, Integer> e : h.firingStreaks.entrySet()) {
                StringValue.writeString(e.getKey(), out);
                BinaryFields.writeSigned(e.getValue(), out);
            }
        }
        // Times are epoch milliseconds or Long.MIN_VALUE, which varints would not shorten.
        out.writeLong(h.firstWindowEnd);
        out.writeLong(h.lastWindowEnd);
        StringValue.writeString(h.incidentId, out);
        StringValue.writeString(h.openingRule, out);
        StringValue.writeString(h.playbook, out);
        out.writeLong(h.openedAt);
        BinaryFields.writeSigned(h.seq, out);
        StringValue.writeString(h.severity, out);
        BinaryFields.writeSigned(h.lastReportedCount, out);
        BinaryFields.writeSigned(h.peakCount, out);
        out.writeLong(h.peakAt);
        BinaryFields.writeSigned(h.quietWindows, out);
        out.writeLong(h.cooldownUntil);
        if (h.triggers != null) {
            BinaryFields.writeSize(h.triggers.size(), out);
            for (String trigger : h.triggers) {
                StringValue.writeString(trigger, out);
            }
        }
        out.writeDouble(h.streakNoise);
        out.writeDouble(h.budgetLeft);
        out.writeLong(h.budgetAt);
    }

    @Override
    public KeyHistory deserialize(DataInputView in) throws IOException {
        KeyHistory h = new KeyHistory();
        int present = in.readUnsignedByte();
        h.count = (present & COUNT) != 0 ? readBaseline(in) : null;
        h.negativeShare = in.readDouble();
        h.privateMean = in.readDouble();
        h.privateVariance = in.readDouble();
        h.socialMean = in.readDouble();
        h.socialVariance = in.readDouble();
        h.recentReach =
                (present & RECENT_REACH) != 0
                        ? BinaryFields.readLongs(in, new ArrayList<>())
                        : null;
        h.termMeans = (present & TERM_MEANS) != 0 ? readTermRates(in) : null;
        h.recentCounts =
                (present & RECENT_COUNTS) != 0
                        ? BinaryFields.readLongs(in, new ArrayList<>())
                        : null;
        if ((present & SPANS) != 0) {
            for (int i = BinaryFields.readSize(in); i > 0; i--) {
                h.spans.put(StringValue.readString(in), readSpan(in));
            }
        } else {
            h.spans = null;
        }
        if ((present & FIRING_STREAKS) != 0) {
            for (int i = BinaryFields.readSize(in); i > 0; i--) {
                h.firingStreaks.put(StringValue.readString(in), BinaryFields.readSignedInt(in));
            }
        } else {
            h.firingStreaks = null;
        }
        h.firstWindowEnd = in.readLong();
        h.lastWindowEnd = in.readLong();
        h.incidentId = StringValue.readString(in);
        h.openingRule = StringValue.readString(in);
        h.playbook = StringValue.readString(in);
        h.openedAt = in.readLong();
        h.seq = BinaryFields.readSignedInt(in);
        h.severity = StringValue.readString(in);
        h.lastReportedCount = BinaryFields.readSigned(in);
        h.peakCount = BinaryFields.readSigned(in);
        h.peakAt = in.readLong();
        h.quietWindows = BinaryFields.readSignedInt(in);
        h.cooldownUntil = in.readLong();
        if ((present & TRIGGERS) != 0) {
            for (int i = BinaryFields.readSize(in); i > 0; i--) {
                h.triggers.add(StringValue.readString(in));
            }
        } else {
            h.triggers = null;
        }
        h.streakNoise = in.readDouble();
        h.budgetLeft = in.readDouble();
        h.budgetAt = in.readLong();
        return h;
    }

    private static int flag(Object field, int flag) {
        return field != null ? flag : 0;
    }

    private static void writeBaseline(SeasonalBaseline b, DataOutputView out) throws IOException {
        out.writeByte(
                (b.auto ? AUTO : 0)
                        | flag(b.bucketMean, BUCKET_MEAN)
                        | flag(b.bucketVariance, BUCKET_VARIANCE)
                        | flag(b.bucketSeen, BUCKET_SEEN));
        out.writeDouble(b.mean);
        out.writeDouble(b.variance);
        BinaryFields.writeSigned(b.seen, out);
        out.writeDouble(b.explained);
        if (b.bucketMean != null) {
            BinaryFields.writeDoubleArray(b.bucketMean, out);
        }
        if (b.bucketVariance != null) {
            BinaryFields.writeDoubleArray(b.bucketVariance, out);
        }
        if (b.bucketSeen != null) {
            BinaryFields.writeIntArray(b.bucketSeen, out);
        }
    }

    private static SeasonalBaseline readBaseline(DataInputView in) throws IOException {
        int flags = in.readUnsignedByte();
        SeasonalBaseline b = new SeasonalBaseline();
        b.auto = (flags & AUTO) != 0;
        b.mean = in.readDouble();
        b.variance = in.readDouble();
        b.seen = BinaryFields.readSigned(in);
        b.explained = in.readDouble();
        b.bucketMean = (flags & BUCKET_MEAN) != 0 ? BinaryFields.readDoubleArray(in) : null;
        b.bucketVariance = (flags & BUCKET_VARIANCE) != 0 ? BinaryFields.readDoubleArray(in) : null;
        b.bucketSeen = (flags & BUCKET_SEEN) != 0 ? BinaryFields.readIntArray(in) : null;
        return b;
    }

    private static void writeSpan(SpanHistory s, DataOutputView out) throws IOException {
        if (s == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(
                SPAN_PRESENT
                        | flag(s.count, SPAN_COUNT)
                        | flag(s.peaks, SPAN_PEAKS)
                        | (s.peaks != null && s.peaks.peaks != null ? PEAKS_ARRAY : 0));
        if (s.count != null) {
            writeBaseline(s.count, out);
        }
        if (s.peaks != null) {
            out.writeLong(s.peaks.newestHour);
            if (s.peaks.peaks != null) {
                BinaryFields.writeLongArray(s.peaks.peaks, out);
            }
        }
    }

    private static SpanHistory readSpan(DataInputView in) throws IOException {
        int flags = in.readUnsignedByte();
        if ((flags & SPAN_PRESENT) == 0) {
            return null;
        }
        SpanHistory s = new SpanHistory();
        s.count = (flags & SPAN_COUNT) != 0 ? readBaseline(in) : null;
        if ((flags & SPAN_PEAKS) != 0) {
            s.peaks.newestHour = in.readLong();
            s.peaks.peaks = (flags & PEAKS_ARRAY) != 0 ? BinaryFields.readLongArray(in) : null;
        } else {
            s.peaks = null;
        }
        return s;
    }

    /** Term and usual count, sorted by term, as {@link TermRates} holds them. */
    private static void writeTermRates(TermRates rates, DataOutputView out) throws IOException {
        BinaryFields.writeSize(rates.size(), out);
        for (int i = 0; i < rates.size(); i++) {
            StringValue.writeString(rates.term(i), out);
            out.writeDouble(rates.mean(i));
        }
    }

    private static TermRates readTermRates(DataInputView in) throws IOException {
        TreeMap<String, Double> means = new TreeMap<>();
        for (int i = BinaryFields.readSize(in); i > 0; i--) {
            means.put(StringValue.readString(in), in.readDouble());
        }
        return TermRates.of(means);
    }

    @Override
    public TypeSerializerSnapshot<KeyHistory> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Version 1 is the format above. */
    public static final class Snapshot extends BinaryStateSnapshot<KeyHistory> {
        public Snapshot() {
            super(KeyHistory.class, List.of(INSTANCE));
        }
    }
}
