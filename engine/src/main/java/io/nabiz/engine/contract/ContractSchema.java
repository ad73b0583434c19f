package io.nabiz.engine.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One of the JSON Schemas in {@code config/schemas/} that define the project's public contracts,
 * loaded from the classpath and ready to validate documents.
 */
public final class ContractSchema {

    public static final String MENTION = "mention.schema.json";
    public static final String ALERT = "alert.schema.json";
    public static final String RULES = "rules.schema.json";
    public static final String CUSTOMER_ALERT = "customer-alert.schema.json";

    private final JsonSchema schema;

    private ContractSchema(JsonSchema schema) {
        this.schema = schema;
    }

    /** Loads {@code /config/schemas/NAME}; fails loudly when it is missing. */
    public static ContractSchema load(String name) {
        String path = "/config/schemas/" + name;
        try (InputStream in = ContractSchema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            SchemaValidatorsConfig config =
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return new ContractSchema(
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                            .getSchema(in, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The problems with {@code document}, one message each; empty when valid. */
    public List<String> problems(JsonNode document) {
        return messages(document).stream().map(ValidationMessage::getMessage).toList();
    }

    /** The validator's messages, with their locations, in document order. */
    public List<ValidationMessage> messages(JsonNode document) {
        return schema.validate(document).stream()
                .sorted(java.util.Comparator.comparing(m -> m.getInstanceLocation().toString()))
                .toList();
    }
}
