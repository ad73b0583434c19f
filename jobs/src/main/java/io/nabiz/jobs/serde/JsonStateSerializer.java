package io.nabiz.jobs.serde;

import io.nabiz.engine.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Writes a state value as length-prefixed JSON, so checkpoints and savepoints survive the state
 * class changing between releases.
 *
 * <p>Flink would otherwise fall back to Kryo for the engine's state classes (they hold {@code
 * TreeMap}s and {@code ArrayList}s), and Kryo state breaks on the first added field. JSON read with
 * the project mapper ignores fields a class no longer has and leaves fields it did not have at
 * their initial values, so adding and removing fields needs no migration. Renaming a field or
 * changing its type does: that is a new {@link Snapshot} version. The price is speed: with the heap
 * backend values are written only at checkpoints, with RocksDB on every state access.
 */
public final class JsonStateSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    public JsonStateSerializer(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<T> duplicate() {
        // Stateless, and the mapper is thread-safe: one instance serves every thread.
        return this;
    }

    @Override
    public T createInstance() {
        return null;
    }

    @Override
    public T copy(T from) {
        if (from == null) {
            return null;
        }
        // The heap backend copies each value a task changes while a checkpoint is being written:
        // busy state has a binary serializer that copies without JSON (BinaryStateSerializer).
        try {
            return Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(from), type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy " + type.getName(), e);
        }
    }

    @Override
    public T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T value, DataOutputView target) throws IOException {
        Buffer json = BUFFER.get();
        json.reset();
        Json.MAPPER.writeValue(json, value);
        target.writeInt(json.size());
        json.writeTo(target);
        if (json.size() > KEPT_BUFFER_BYTES) {
            BUFFER.remove(); // one huge value must not pin its buffer for good
        }
    }

    /**
     * A checkpoint writes every value of the state: each thread writes them through one buffer
     * rather than a new array per value.
     */
    private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(4096);
        }

        void writeTo(DataOutputView target) throws IOException {
            target.write(buf, 0, count);
        }
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        byte[] json = new byte[source.readInt()];
        source.readFully(json);
        return Json.MAPPER.readValue(json, type);
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        byte[] json = new byte[source.readInt()];
        source.readFully(json);
        target.writeInt(json.length);
        target.write(json);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonStateSerializer<?> other && other.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new Snapshot<>(type);
    }

    /**
     * What a checkpoint records about the serializer: the format version and the state class.
     *
     * <p>Version 1 is length-prefixed JSON. A value written by another serializer (Kryo, POJO) is
     * not readable as JSON, so such state is reported incompatible rather than misread.
     */
    public static final class Snapshot<T> implements TypeSerializerSnapshot<T> {

        private static final int VERSION = 1;

        private Class<T> type;

        /** For Flink, which instantiates snapshots reflectively before reading them. */
        public Snapshot() {}

        Snapshot(Class<T> type) {
            this.type = type;
        }

        @Override
        public int getCurrentVersion() {
            return VERSION;
        }

        /** The state class, for a serializer that takes over this class's JSON state. */
        Class<T> type() {
            return type;
        }

        @Override
        public void writeSnapshot(DataOutputView out) throws IOException {
            out.writeUTF(type.getName());
        }

        @Override
        @SuppressWarnings("unchecked")
        public void readSnapshot(int readVersion, DataInputView in, ClassLoader classLoader)
                throws IOException {
            if (readVersion != VERSION) {
                throw new IOException("unknown JSON state format version " + readVersion);
            }
            String name = in.readUTF();
            try {
                type = (Class<T>) Class.forName(name, false, classLoader);
            } catch (ClassNotFoundException e) {
                throw new IOException("state class " + name + " is gone", e);
            }
        }

        @Override
        public TypeSerializer<T> restoreSerializer() {
            return new JsonStateSerializer<>(type);
        }

        @Override
        public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
                TypeSerializerSnapshot<T> oldSnapshot) {
            return oldSnapshot instanceof Snapshot<T> old && old.type.equals(type)
                    ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                    : TypeSerializerSchemaCompatibility.incompatible();
        }
    }
}
