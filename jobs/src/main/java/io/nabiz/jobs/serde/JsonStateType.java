package io.nabiz.jobs.serde;

import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * The type of a value kept as JSON by {@link JsonStateSerializer}, for the places that take a
 * {@link TypeInformation} rather than a serializer: window accumulators, and the few records per
 * key and window that {@link RecordTypes} sends between operators as JSON.
 */
public final class JsonStateType {

    private JsonStateType() {}

    public static <T> TypeInformation<T> of(Class<T> type) {
        return new ExplicitType<>(type, new JsonStateSerializer<>(type));
    }
}
