package io.nabiz.jobs.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.nabiz.engine.json.Json;
import io.nabiz.jobs.config.JobSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in deploy/k8s/, checked without a cluster: the FlinkDeployment against
 * the schema of the Flink Kubernetes Operator's own CRD (from its API artifact), strictly, as
 * {@code kubectl apply --validate=strict} would; the topic definitions against the settings.
 */
class DeployManifestsTest {

    private static final Path K8S = Path.of("../deploy/k8s");
    private static final String CRD = "/META-INF/fabric8/flinkdeployments.flink.apache.org-v1.yml";

    /**
     * The operator API on the registry here is 1.10, whose flinkVersion enum ends at v1_20; the
     * manifest is for a release that lists the Flink 2.2 the job is built on.
     */
    private static final String FLINK_VERSION = "v2_2";

    @Test
    void theFlinkDeploymentMatchesTheOperatorsSchema() throws IOException {
        JsonNode deployment = yaml(K8S.resolve("flinkdeployment.yaml")).get(0);
        assertEquals(List.of(), problems(deployment));
    }

    /** The check can fail: a misspelt field and a wrong value are both reported. */
    @Test
    void aMisspeltFieldOrAWrongValueIsRejected() throws IOException {
        ObjectNode deployment = (ObjectNode) yaml(K8S.resolve("flinkdeployment.yaml")).get(0);
        ObjectNode job = (ObjectNode) deployment.path("spec").path("job");
        job.put("upgradeMod", "savepoint");
        job.put("parallelism", "six");
        List<String> problems = problems(deployment);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("upgradeMod")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("parallelism")), problems.toString());
    }

    @Test
    void theDeploymentUpgradesWithSavepointsAndKeepsItsStateSafe() throws IOException {
        JsonNode spec = yaml(K8S.resolve("flinkdeployment.yaml")).get(0).path("spec");
        JsonNode conf = spec.path("flinkConfiguration");
        assertEquals("savepoint", spec.path("job").path("upgradeMode").asText());
        assertEquals("kubernetes", conf.path("high-availability.type").asText());
        for (String key :
                List.of(
                        "high-availability.storageDir",
                        "execution.checkpointing.dir",
                        "execution.checkpointing.savepoint-dir")) {
            assertTrue(conf.path(key).asText().startsWith("s3://"), key);
        }
        JsonNode container = spec.path("podTemplate").path("spec").path("containers").get(0);
        assertEquals(
                conf.path("metrics.reporter.prom.port").asInt(),
                container.path("ports").get(0).path("containerPort").asInt());
        assertFalse(spec.path("taskManager").path("resource").path("memory").isMissingNode());
        // A secret is referenced, never written into the manifest.
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().contains("JAAS")) {
                assertTrue(env.path("value").isMissingNode(), env.toString());
                assertFalse(env.path("valueFrom").path("secretKeyRef").isMissingNode());
            }
        }
    }

    @Test
    void everyTopicOfTheSettingsIsDefined() throws IOException {
        List<JsonNode> topics = yaml(K8S.resolve("topics.yaml"));
        Set<String> defined = new HashSet<>();
        for (JsonNode t : topics) {
            assertEquals("KafkaTopic", t.path("kind").asText());
            assertTrue(t.path("spec").path("partitions").asInt() >= 1);
            defined.add(t.path("metadata").path("name").asText());
        }
        assertEquals(Set.copyOf(JobSettings.loadDefault().kafka().topics().all()), defined);
    }

    private static List<String> problems(JsonNode deployment) throws IOException {
        JsonNode crd;
        try (InputStream in = DeployManifestsTest.class.getResourceAsStream(CRD)) {
            crd = Json.YAML.readTree(in);
        }
        JsonNode version =
                StreamSupport.stream(crd.path("spec").path("versions").spliterator(), false)
                        .filter(v -> v.path("name").asText().equals("v1beta1"))
                        .findFirst()
                        .orElseThrow();
        ObjectNode schema = (ObjectNode) version.path("schema").path("openAPIV3Schema").deepCopy();
        // Every resource has these; the API server checks them itself, so CRDs leave them out.
        ObjectNode root = (ObjectNode) schema.path("properties");
        root.putObject("apiVersion").putArray("enum").add("flink.apache.org/v1beta1");
        root.putObject("kind").putArray("enum").add("FlinkDeployment");
        root.putObject("metadata").put("type", "object");
        strict(schema);
        ((com.fasterxml.jackson.databind.node.ArrayNode)
                        schema.path("properties")
                                .path("spec")
                                .path("properties")
                                .path("flinkVersion")
                                .path("enum"))
                .add(FLINK_VERSION);
        JsonSchema validator =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : validator.validate(deployment)) {
            problems.add(m.getMessage());
        }
        return problems;
    }

    /**
     * Unknown fields become errors, as the API server's strict field validation makes them, except
     * where the schema itself preserves unknown fields (pod templates' free parts).
     */
    private static void strict(JsonNode schema) {
        if (!schema.isObject()) {
            schema.forEach(DeployManifestsTest::strict);
            return;
        }
        ObjectNode o = (ObjectNode) schema;
        if (o.has("properties")
                && !o.has("additionalProperties")
                && !o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            o.put("additionalProperties", false);
        }
        o.forEach(DeployManifestsTest::strict);
    }

    private static List<JsonNode> yaml(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            var it = Json.YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }
}
