package io.nabiz.jobs.serde;

import java.io.IOException;
import java.util.List;
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
 * <p>State this serializer wrote in its latest version is compatible as is; state of an earlier
 * version, or state {@link JsonStateSerializer} wrote of the same class, is compatible after
 * migration, so Flink reads it with the serializer of its version (or as JSON) and writes the
 * latest from then on; state of any other serializer is incompatible rather than misread. A new
 * format is a new version, and the serializers of the versions before stay to read their state.
 */
abstract class BinaryStateSnapshot<T> implements TypeSerializerSnapshot<T> {

    private final Class<T> type;

    /** The serializer of each format version, version 1 first: the latest writes. */
    private final List<TypeSerializer<T>> versions;

    /** The version of the state this snapshot describes: the latest unless read from older. */
    private int version;

    BinaryStateSnapshot(Class<T> type, List<TypeSerializer<T>> versions) {
        this.type = Objects.requireNonNull(type, "type");
        this.versions = List.copyOf(versions);
        this.version = versions.size();
    }

    /** Describes state written in an earlier {@code version}, as that version's serializer does. */
    final BinaryStateSnapshot<T> describing(int version) {
        Objects.checkIndex(version - 1, versions.size());
        this.version = version;
        return this;
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
        if (readVersion < 1 || readVersion > versions.size()) {
            throw new IOException(
                    "unknown binary format version " + readVersion + " of " + type.getName());
        }
        version = readVersion;
    }

    @Override
    public final TypeSerializer<T> restoreSerializer() {
        return versions.get(version - 1);
    }

    @Override
    public final TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
            TypeSerializerSnapshot<T> oldSnapshot) {
        if (oldSnapshot.getClass() == getClass()) {
            return oldSnapshot.getCurrentVersion() == version
                    ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                    : TypeSerializerSchemaCompatibility.compatibleAfterMigration();
        }
        if (oldSnapshot instanceof JsonStateSerializer.Snapshot<?> json && json.type() == type) {
            return TypeSerializerSchemaCompatibility.compatibleAfterMigration();
        }
        return TypeSerializerSchemaCompatibility.incompatible();
    }
}
