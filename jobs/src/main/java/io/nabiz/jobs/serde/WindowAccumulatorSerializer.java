package io.nabiz.jobs.serde;

import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.TermCounts;
import io.nabiz.engine.window.WindowStatsAccumulator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Window accumulators as state, field by field in binary, versioned.
 *
 * <p>Every open window of every key holds one, and every checkpoint writes them all: as JSON they
 * were most of the checkpoint thread's time and much of the collector's. Checkpoints and savepoints
 * that hold them as JSON ({@link JsonStateSerializer}) still restore: the state is migrated, read
 * as JSON and written in binary from then on. A field added to the class is a new {@link Snapshot}
 * version whose reader fills the field's default into state of the versions before.
 */
public final class WindowAccumulatorSerializer
        extends BinaryStateSerializer<WindowStatsAccumulator> {

    private static final long serialVersionUID = 1L;

    public static final WindowAccumulatorSerializer INSTANCE = new WindowAccumulatorSerializer();

    /** Version 1's strings. */
    private static final StringFormat STRINGS = StringFormat.CHARS;

    /** For the places that take a type rather than a serializer: the window's aggregate. */
    public static final TypeInformation<WindowStatsAccumulator> TYPE =
            new ExplicitType<>(WindowStatsAccumulator.class, INSTANCE);

    @Override
    public WindowStatsAccumulator createInstance() {
        return new WindowStatsAccumulator();
    }

    @Override
    public WindowStatsAccumulator copy(WindowStatsAccumulator from) {
        return from == null ? null : from.copy();
    }

    @Override
    void write(WindowStatsAccumulator a, DataOutputView out) throws IOException {
        out.writeLong(a.count);
        out.writeLong(a.negativeCount);
        out.writeLong(a.reach);
        out.writeInt(a.authors.size());
        for (String author : a.authors) {
            STRINGS.write(author, out);
        }
        WindowStatsSerializer.writeCounts(a.channels, out, STRINGS);
        WindowStatsSerializer.writeCounts(a.cues, out, STRINGS);
        out.writeInt(a.samples.size());
        for (Sample s : a.samples) {
            WindowStatsSerializer.writeSample(s, out, STRINGS);
        }
        writeTerms(a.terms, out);
        out.writeBoolean(a.loudestNegative != null);
        if (a.loudestNegative != null) {
            WindowStatsSerializer.writeSample(a.loudestNegative, out, STRINGS);
        }
        WindowStatsSerializer.writeSurvey(a.survey, out);
    }

    @Override
    public WindowStatsAccumulator deserialize(DataInputView in) throws IOException {
        WindowStatsAccumulator a = new WindowStatsAccumulator();
        a.count = in.readLong();
        a.negativeCount = in.readLong();
        a.reach = in.readLong();
        int authors = in.readInt();
        a.authors = new HashSet<>(Math.max(16, authors * 2));
        for (int i = 0; i < authors; i++) {
            a.authors.add(STRINGS.read(in));
        }
        a.channels = WindowStatsSerializer.readCounts(in, new TreeMap<>(), STRINGS);
        a.cues = WindowStatsSerializer.readCounts(in, new TreeMap<>(), STRINGS);
        int samples = in.readInt();
        a.samples = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            a.samples.add(WindowStatsSerializer.readSample(in, STRINGS));
        }
        a.terms = readTerms(in);
        a.loudestNegative = in.readBoolean() ? WindowStatsSerializer.readSample(in, STRINGS) : null;
        a.survey = WindowStatsSerializer.readSurvey(in);
        return a;
    }

    /** As {@link WindowStatsSerializer#writeCounts} writes a map of counts. */
    private static void writeTerms(TermCounts terms, DataOutputView out) throws IOException {
        out.writeInt(terms.size());
        for (int slot = 0; slot < terms.slots(); slot++) {
            if (terms.term(slot) != null) {
                STRINGS.write(terms.term(slot), out);
                out.writeLong(terms.count(slot));
            }
        }
    }

    private static TermCounts readTerms(DataInputView in) throws IOException {
        int n = in.readInt();
        TermCounts terms = new TermCounts(n);
        for (int i = 0; i < n; i++) {
            terms.add(STRINGS.readWord(in), in.readLong());
        }
        return terms;
    }

    @Override
    public TypeSerializerSnapshot<WindowStatsAccumulator> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Version 1 is the format above. */
    public static final class Snapshot extends BinaryStateSnapshot<WindowStatsAccumulator> {
        public Snapshot() {
            super(WindowStatsAccumulator.class, List.of(INSTANCE));
        }
    }
}
