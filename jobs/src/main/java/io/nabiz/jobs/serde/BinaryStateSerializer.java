package io.nabiz.jobs.serde;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A state value written field by field in binary by {@link #write}, each value to memory first.
 *
 * <p>A checkpoint writes every value of the state to a file stream, where each field written costs
 * a call through several stream layers: each thread writes a whole value to a buffer of its own and
 * hands the stream its bytes at once. Values are deep-copied by {@link #copy(Object)}, as the heap
 * backend does for each value a task changes while a checkpoint is being written.
 */
abstract class BinaryStateSerializer<T> extends TypeSerializerSingleton<T> {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<DataOutputSerializer> BUFFER =
            ThreadLocal.withInitial(() -> new DataOutputSerializer(4096));

    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    /** Writes the value's fields; {@link #deserialize(DataInputView)} reads them back. */
    abstract void write(T value, DataOutputView out) throws IOException;

    @Override
    public final void serialize(T value, DataOutputView target) throws IOException {
        if (target instanceof DataOutputSerializer) {
            write(value, target); // already memory
            return;
        }
        DataOutputSerializer buffer = BUFFER.get();
        buffer.clear();
        write(value, buffer);
        target.write(buffer.getSharedBuffer(), 0, buffer.length());
        if (buffer.length() > KEPT_BUFFER_BYTES) {
            BUFFER.remove(); // one huge value must not pin its buffer for good
        }
    }

    @Override
    public final boolean isImmutableType() {
        return false;
    }

    @Override
    public final T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public final int getLength() {
        return -1;
    }

    @Override
    public final T deserialize(T reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public final void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }
}
