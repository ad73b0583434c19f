package io.nabiz.engine.alert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The response playbooks of {@code config/playbooks.yaml}, by id. */
public final class Playbooks implements Serializable {

    public static final String DEFAULT_RESOURCE = "/config/playbooks.yaml";

    /** One playbook as written in the file. */
    public record Playbook(String title, List<String> steps) implements Serializable {}

    private final TreeMap<String, Playbook> byId;

    @JsonCreator
    public Playbooks(@JsonProperty("playbooks") Map<String, Playbook> byId) {
        this.byId = new TreeMap<>(byId);
    }

    public static Playbooks loadDefault() {
        try (InputStream in = Playbooks.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return Json.YAML.readValue(in, Playbooks.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The action for {@code id}; an unknown id still yields an action that says so. */
    public Action action(String id) {
        Playbook p = byId.get(id);
        return p == null
                ? new Action(id, "No playbook named " + id, List.of())
                : new Action(id, p.title(), p.steps());
    }
}
