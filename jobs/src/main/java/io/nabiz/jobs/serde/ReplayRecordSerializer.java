package io.nabiz.jobs.serde;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.jobs.replay.ReplayRecord;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A replay's outputs on their way to the client: judged windows, one per key and window and so
 * nearly one per mention, in binary ({@link WindowStatsSerializer}); the rare alerts, customer
 * alerts, dead letters and late mentions as JSON. A wire format only, never state.
 */
public final class ReplayRecordSerializer extends TypeSerializerSingleton<ReplayRecord> {

    private static final long serialVersionUID = 1L;

    public static final ReplayRecordSerializer INSTANCE = new ReplayRecordSerializer();

    private static final byte JUDGED = 0;

    /** Most judged windows fit: a window's figures, its top terms and up to five samples. */
    private static final int JUDGED_BLOCK_BYTES = 1024;

    private static final byte ALERT = 1;
    private static final byte DEAD_LETTER = 2;
    private static final byte LATE = 3;
    private static final byte CUSTOMER_ALERT = 4;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public ReplayRecord createInstance() {
        return null;
    }

    @Override
    public ReplayRecord copy(ReplayRecord from) {
        try {
            DataOutputSerializer out = new DataOutputSerializer(512);
            serialize(from, out);
            return deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy a replay record", e);
        }
    }

    @Override
    public ReplayRecord copy(ReplayRecord from, ReplayRecord reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(ReplayRecord r, DataOutputView out) throws IOException {
        if (r.judged() != null) {
            out.writeByte(JUDGED);
            // As one block of bytes: the client reads collected results through a stream, a
            // synchronized call per byte; a block it reads in one call and decodes from an array.
            DataOutputSerializer block = new DataOutputSerializer(JUDGED_BLOCK_BYTES);
            JudgedWindow j = r.judged();
            WindowStatsSerializer.INSTANCE.serialize(j.stats(), block);
            block.writeDouble(j.expected());
            block.writeDouble(j.spread());
            block.writeDouble(j.spikeThreshold());
            block.writeBoolean(j.incidentOpen());
            writeBlock(block.getSharedBuffer(), block.length(), out);
        } else if (r.alert() != null) {
            out.writeByte(ALERT);
            writeJson(r.alert(), out);
        } else if (r.deadLetter() != null) {
            out.writeByte(DEAD_LETTER);
            writeJson(r.deadLetter(), out);
        } else if (r.customerAlert() != null) {
            out.writeByte(CUSTOMER_ALERT);
            writeJson(r.customerAlert(), out);
        } else {
            out.writeByte(LATE);
            writeJson(r.lateMention(), out);
        }
    }

    @Override
    public ReplayRecord deserialize(DataInputView in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case JUDGED -> ReplayRecord.of(readJudged(in));
            case ALERT -> ReplayRecord.of(readJson(in, Alert.class));
            case DEAD_LETTER -> ReplayRecord.of(readJson(in, DeadLetter.class));
            case LATE -> ReplayRecord.late(readJson(in, Mention.class));
            case CUSTOMER_ALERT -> ReplayRecord.of(readJson(in, CustomerAlert.class));
            default -> throw new IOException("unknown replay record kind " + kind);
        };
    }

    @Override
    public ReplayRecord deserialize(ReplayRecord reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    private static JudgedWindow readJudged(DataInputView in) throws IOException {
        DataInputDeserializer block = new DataInputDeserializer(readBlock(in));
        return new JudgedWindow(
                WindowStatsSerializer.INSTANCE.deserialize(block),
                block.readDouble(),
                block.readDouble(),
                block.readDouble(),
                block.readBoolean());
    }

    private static void writeJson(Object value, DataOutputView out) throws IOException {
        byte[] json = Json.MAPPER.writeValueAsBytes(value);
        writeBlock(json, json.length, out);
    }

    private static <T> T readJson(DataInputView in, Class<T> type) throws IOException {
        return Json.MAPPER.readValue(readBlock(in), type);
    }

    /** The first {@code length} bytes of {@code bytes}, after their count. */
    private static void writeBlock(byte[] bytes, int length, DataOutputView out)
            throws IOException {
        out.writeInt(length);
        out.write(bytes, 0, length);
    }

    private static byte[] readBlock(DataInputView in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    @Override
    public TypeSerializerSnapshot<ReplayRecord> snapshotConfiguration() {
        return new Snapshot();
    }

    /** For Flink, which asks every serializer for one; this one is never written to state. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<ReplayRecord> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
