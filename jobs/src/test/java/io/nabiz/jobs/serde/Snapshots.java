package io.nabiz.jobs.serde;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** Serializer snapshots as state holds them. */
final class Snapshots {

    private Snapshots() {}

    /** A snapshot as a checkpoint writes and a restore reads it. */
    static <T> TypeSerializerSnapshot<T> written(TypeSerializerSnapshot<T> snapshot)
            throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
        return TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), Snapshots.class.getClassLoader());
    }
}
