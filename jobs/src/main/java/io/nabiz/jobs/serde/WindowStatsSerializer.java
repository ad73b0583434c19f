package io.nabiz.jobs.serde;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.SurveyFigures;
import io.nabiz.engine.window.WindowStats;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Window figures between the window and the rule operator, field by field in binary, and as the
 * rule operator's state until their window is judged.
 *
 * <p>A key's window gives one of these, and most keys of a long tail of brands see a mention or two
 * per window: there are nearly as many window figures as mentions, and JSON cost the two operators
 * a fifth of their time. As state, RocksDB writes and reads every pending figure, and every
 * checkpoint writes those the watermark has not reached yet. Version 2 writes strings as UTF-8 in
 * bulk: version 1's {@link StringFormat#CHARS}, a call per byte, made writing and reading the
 * samples' texts the largest cost of both operators in handing figures on. Pending figures of
 * version 1, and of JSON ({@link JsonStateSerializer}), still restore (see {@link
 * BinaryStateSnapshot}).
 */
public final class WindowStatsSerializer extends BinaryStateSerializer<WindowStats> {

    private static final long serialVersionUID = 1L;

    public static final WindowStatsSerializer INSTANCE =
            new WindowStatsSerializer(StringFormat.UTF8);

    /** The format of version 1: reads state of that version, and writes it for restore tests. */
    public static final WindowStatsSerializer VERSION_1 =
            new WindowStatsSerializer(StringFormat.CHARS);

    static final Channel[] CHANNELS = Channel.values();

    private final StringFormat strings;

    private WindowStatsSerializer(StringFormat strings) {
        this.strings = strings;
    }

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
        writeKey(s.key(), out, strings);
        writeInstant(s.start(), out);
        writeInstant(s.end(), out);
        out.writeLong(s.count());
        out.writeLong(s.negativeCount());
        out.writeLong(s.reach());
        out.writeLong(s.distinctAuthors());
        writeCounts(s.channels(), out, strings);
        writeCounts(s.cues(), out, strings);
        writeCounts(s.terms(), out, strings);
        out.writeInt(s.samples().size());
        for (Sample sample : s.samples()) {
            writeSample(sample, out, strings);
        }
        out.writeBoolean(s.loudestNegative() != null);
        if (s.loudestNegative() != null) {
            writeSample(s.loudestNegative(), out, strings);
        }
        writeSurvey(s.survey(), out);
    }

    @Override
    public WindowStats deserialize(DataInputView in) throws IOException {
        IncidentKey key = readKey(in, strings);
        Instant start = readInstant(in);
        Instant end = readInstant(in);
        long count = in.readLong();
        long negativeCount = in.readLong();
        long reach = in.readLong();
        long distinctAuthors = in.readLong();
        TreeMap<String, Long> channels = readCounts(in, new TreeMap<>(), strings);
        TreeMap<String, Long> cues = readCounts(in, new TreeMap<>(), strings);
        TreeMap<String, Long> terms = readCounts(in, new TreeMap<>(), strings);
        int n = in.readInt();
        ArrayList<Sample> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            samples.add(readSample(in, strings));
        }
        Sample loudest = in.readBoolean() ? readSample(in, strings) : null;
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

    static void writeSample(Sample s, DataOutputView out, StringFormat strings) throws IOException {
        strings.write(s.id(), out);
        out.writeByte(s.channel() == null ? -1 : s.channel().ordinal());
        writeInstant(s.ts(), out);
        strings.write(s.lang(), out);
        out.writeDouble(s.sentimentScore());
        out.writeLong(s.reach());
        strings.write(s.text(), out);
        out.writeLong(s.count());
    }

    static Sample readSample(DataInputView in, StringFormat strings) throws IOException {
        String id = strings.read(in);
        byte channel = in.readByte();
        return new Sample(
                id,
                channel < 0 ? null : CHANNELS[channel],
                readInstant(in),
                strings.readWord(in),
                in.readDouble(),
                in.readLong(),
                strings.read(in),
                in.readLong());
    }

    static void writeCounts(Map<String, Long> counts, DataOutputView out, StringFormat strings)
            throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            strings.write(e.getKey(), out);
            out.writeLong(e.getValue());
        }
    }

    static <M extends Map<String, Long>> M readCounts(
            DataInputView in, M counts, StringFormat strings) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            counts.put(strings.readWord(in), in.readLong());
        }
        return counts;
    }

    static void writeKey(IncidentKey key, DataOutputView out, StringFormat strings)
            throws IOException {
        strings.write(key.brand(), out);
        strings.write(key.aspect(), out);
        strings.writeOptional(key.lang(), out);
        strings.writeOptional(key.channel(), out);
    }

    static IncidentKey readKey(DataInputView in, StringFormat strings) throws IOException {
        return new IncidentKey(
                strings.readWord(in),
                strings.readWord(in),
                strings.readOptionalWord(in),
                strings.readOptionalWord(in));
    }

    static void writeInstant(Instant t, DataOutputView out) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    static Instant readInstant(DataInputView in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    /** Serializers of different string formats read different state. */
    @Override
    public boolean equals(Object o) {
        return o instanceof WindowStatsSerializer other && other.strings == strings;
    }

    @Override
    public int hashCode() {
        return strings.hashCode();
    }

    @Override
    public TypeSerializerSnapshot<WindowStats> snapshotConfiguration() {
        return new Snapshot().describing(this == VERSION_1 ? 1 : 2);
    }

    /** Version 2 is the format above; version 1 wrote its strings as {@link StringFormat#CHARS}. */
    public static final class Snapshot extends BinaryStateSnapshot<WindowStats> {
        public Snapshot() {
            super(WindowStats.class, List.of(VERSION_1, INSTANCE));
        }
    }
}
