package io.nabiz.jobs.serde;

import java.util.Objects;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.util.function.SerializableFunction;

/**
 * The type of a value kept as JSON by {@link JsonStateSerializer}, for the places that take a
 * {@link TypeInformation} rather than a serializer: window accumulators, and the few records per
 * key and window that {@link RecordTypes} sends between operators as JSON.
 */
public final class JsonStateType<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final SerializableFunction<T, T> copier;

    private JsonStateType(Class<T> type, SerializableFunction<T, T> copier) {
        this.type = Objects.requireNonNull(type, "type");
        this.copier = copier;
    }

    public static <T> JsonStateType<T> of(Class<T> type) {
        return new JsonStateType<>(type, null);
    }

    /**
     * With a deep copy of its own, for state that changes often: see {@link JsonStateSerializer}.
     */
    public static <T> JsonStateType<T> of(Class<T> type, SerializableFunction<T, T> copier) {
        return new JsonStateType<>(type, copier);
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new JsonStateSerializer<>(type, copier);
    }

    @Override
    public String toString() {
        return "JsonState<" + type.getName() + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonStateType<?> other && other.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof JsonStateType<?>;
    }
}
