package io.nabiz.jobs.serde;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.SurveyFigures;
import io.nabiz.engine.window.WindowStats;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Window figures between the window and the rule operator, field by field in binary, and as the
 * rule operator's state until their window is judged.
 *
 * <p>A key's window gives one of these, and most keys of a long tail of brands see a mention or two
 * per window: there are nearly as many window figures as mentions, and JSON cost the two operators
 * a fifth of their time. As state, RocksDB writes and reads every pending figure, and every
 * checkpoint writes those the watermark has not reached yet. Checkpoints and savepoints that hold
 * pending figures as JSON ({@link JsonStateSerializer}) still restore (see {@link
 * BinaryStateSnapshot}).
 */
public final class WindowStatsSerializer extends BinaryStateSerializer<WindowStats> {

    private static final long serialVersionUID = 1L;

    public static final WindowStatsSerializer INSTANCE = new WindowStatsSerializer();

    static final Channel[] CHANNELS = Channel.values();

    @Override
    public WindowStats createInstance() {
        return null;
    }

    /** The maps and the list are the mutable parts; samples are records. */
    @Override
    public WindowStats copy(WindowStats s) {
        return new WindowStats(
                s.key(),
                s.start(),
                s.end(),
                s.count(),
                s.negativeCount(),
                s.reach(),
                s.distinctAuthors(),
                new TreeMap<>(s.channels()),
                new TreeMap<>(s.cues()),
                new TreeMap<>(s.terms()),
                new ArrayList<>(s.samples()),
                s.loudestNegative(),
                s.survey());
    }

    @Override
    void write(WindowStats s, DataOutputView out) throws IOException {
        writeKey(s.key(), out);
        writeInstant(s.start(), out);
        writeInstant(s.end(), out);
        out.writeLong(s.count());
        out.writeLong(s.negativeCount());
        out.writeLong(s.reach());
        out.writeLong(s.distinctAuthors());
        writeCounts(s.channels(), out);
        writeCounts(s.cues(), out);
        writeCounts(s.terms(), out);
        out.writeInt(s.samples().size());
        for (Sample sample : s.samples()) {
            writeSample(sample, out);
        }
        out.writeBoolean(s.loudestNegative() != null);
        if (s.loudestNegative() != null) {
            writeSample(s.loudestNegative(), out);
        }
        writeSurvey(s.survey(), out);
    }

    @Override
    public WindowStats deserialize(DataInputView in) throws IOException {
        IncidentKey key = readKey(in);
        Instant start = readInstant(in);
        Instant end = readInstant(in);
        long count = in.readLong();
        long negativeCount = in.readLong();
        long reach = in.readLong();
        long distinctAuthors = in.readLong();
        TreeMap<String, Long> channels = readCounts(in);
        TreeMap<String, Long> cues = readCounts(in);
        TreeMap<String, Long> terms = readCounts(in);
        int n = in.readInt();
        ArrayList<Sample> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            samples.add(readSample(in));
        }
        Sample loudest = in.readBoolean() ? readSample(in) : null;
        SurveyFigures survey = readSurvey(in);
        return new WindowStats(
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
                loudest,
                survey);
    }

    static void writeSurvey(SurveyFigures f, DataOutputView out) throws IOException {
        out.writeLong(f.responses());
        out.writeLong(f.npsResponses());
        out.writeLong(f.promoters());
        out.writeLong(f.npsDetractors());
        out.writeLong(f.csatResponses());
        out.writeLong(f.csatSum());
        out.writeLong(f.detractors());
    }

    static SurveyFigures readSurvey(DataInputView in) throws IOException {
        SurveyFigures survey =
                new SurveyFigures(
                        in.readLong(),
                        in.readLong(),
                        in.readLong(),
                        in.readLong(),
                        in.readLong(),
                        in.readLong(),
                        in.readLong());
        // Most windows have no survey response: one shared instance instead of one per window.
        return survey.equals(SurveyFigures.NONE) ? SurveyFigures.NONE : survey;
    }

    static void writeSample(Sample s, DataOutputView out) throws IOException {
        StringValue.writeString(s.id(), out);
        out.writeByte(s.channel() == null ? -1 : s.channel().ordinal());
        writeInstant(s.ts(), out);
        StringValue.writeString(s.lang(), out);
        out.writeDouble(s.sentimentScore());
        out.writeLong(s.reach());
        StringValue.writeString(s.text(), out);
        out.writeLong(s.count());
    }

    static Sample readSample(DataInputView in) throws IOException {
        String id = StringValue.readString(in);
        byte channel = in.readByte();
        return new Sample(
                id,
                channel < 0 ? null : CHANNELS[channel],
                readInstant(in),
                StringValue.readString(in),
                in.readDouble(),
                in.readLong(),
                StringValue.readString(in),
                in.readLong());
    }

    static void writeCounts(Map<String, Long> counts, DataOutputView out) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            StringValue.writeString(e.getKey(), out);
            out.writeLong(e.getValue());
        }
    }

    private static TreeMap<String, Long> readCounts(DataInputView in) throws IOException {
        return readCounts(in, new TreeMap<>());
    }

    static <M extends Map<String, Long>> M readCounts(DataInputView in, M counts)
            throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            counts.put(CanonicalStrings.of(StringValue.readString(in)), in.readLong());
        }
        return counts;
    }

    static void writeKey(IncidentKey key, DataOutputView out) throws IOException {
        StringValue.writeString(key.brand(), out);
        StringValue.writeString(key.aspect(), out);
        BinaryFields.writeOptional(key.lang(), out);
        BinaryFields.writeOptional(key.channel(), out);
    }

    static IncidentKey readKey(DataInputView in) throws IOException {
        return new IncidentKey(
                StringValue.readString(in),
                StringValue.readString(in),
                BinaryFields.readOptional(in),
                BinaryFields.readOptional(in));
    }

    static void writeInstant(Instant t, DataOutputView out) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    static Instant readInstant(DataInputView in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    @Override
    public TypeSerializerSnapshot<WindowStats> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Version 1 is the format above. */
    public static final class Snapshot extends BinaryStateSnapshot<WindowStats> {
        public Snapshot() {
            super(WindowStats.class, 1, INSTANCE);
        }
    }
}
