package io.nabiz.engine.alert;

import com.fasterxml.jackson.core.JacksonException;
import io.nabiz.engine.json.Json;
import java.io.IOException;

/** Reads and writes the Alert JSON contract. */
public final class AlertCodec {

    private AlertCodec() {}

    public static byte[] encode(Alert alert) {
        try {
            return Json.MAPPER.writeValueAsBytes(alert);
        } catch (JacksonException e) {
            throw new IllegalStateException("an alert always serialises", e);
        }
    }

    public static Alert decode(byte[] json) throws IOException {
        return Json.MAPPER.readValue(json, Alert.class);
    }
}
