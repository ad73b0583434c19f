package io.nabiz.jobs.serde;

import java.io.IOException;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * What a checkpoint records about a {@link BinaryStateSerializer}: its format version, and that it
 * takes over the state its class was kept in as JSON before.
 *
 * <p>State this serializer wrote is compatible as is; state {@link JsonStateSerializer} wrote of
 * the same class is compatible after migration, so Flink reads it as JSON and writes binary from
 * then on; state of any other serializer is incompatible rather than misread. A field added to the
 * class is a new version whose reader fills the field's default into state of the versions before.
 */
abstract class BinaryStateSnapshot<T> implements TypeSerializerSnapshot<T> {

    private final Class<T> type;
    private final int version;
    private final TypeSerializer<T> serializer;

    BinaryStateSnapshot(Class<T> type, int version, TypeSerializer<T> serializer) {
        this.type = Objects.requireNonNull(type, "type");
        this.version = version;
        this.serializer = Objects.requireNonNull(serializer, "serializer");
    }

    @Override
    public final int getCurrentVersion() {
        return version;
    }

    @Override
    public final void writeSnapshot(DataOutputView out) {}

    @Override
    public final void readSnapshot(int readVersion, DataInputView in, ClassLoader classLoader)
            throws IOException {
        if (readVersion != version) {
            throw new IOException(
                    "unknown binary format version " + readVersion + " of " + type.getName());
        }
    }

    @Override
    public final TypeSerializer<T> restoreSerializer() {
        return serializer;
    }

    @Override
    public final TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
            TypeSerializerSnapshot<T> oldSnapshot) {
        if (oldSnapshot.getClass() == getClass()) {
            return TypeSerializerSchemaCompatibility.compatibleAsIs();
        }
        if (oldSnapshot instanceof JsonStateSerializer.Snapshot<?> json && json.type() == type) {
            return TypeSerializerSchemaCompatibility.compatibleAfterMigration();
        }
        return TypeSerializerSchemaCompatibility.incompatible();
    }
}
