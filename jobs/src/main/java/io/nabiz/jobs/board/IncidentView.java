package io.nabiz.jobs.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.json.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The board's memory: every incident's alert events and the resolutions people recorded, and each
 * key's recent judged windows, fed from the topics and pushed to every live client in the order it
 * changed.
 *
 * <p>Events are kept as the JSON they arrived as, so fields this build does not know yet (similar
 * past cases, per-sample counts) still reach the page. One lock orders changes and subscriptions: a
 * new client gets a snapshot and then exactly the changes after it.
 */
final class IncidentView {

    /** A day of five-minute windows per key: enough to show the usual level around an incident. */
    static final int LEVELS_PER_KEY = 288;

    /** Incidents kept; past this the oldest resolved ones are forgotten first. */
    static final int MAX_INCIDENTS = 500;

    private static final class Incident {
        /** By sequence number: a re-read event replaces, never doubles. */
        final TreeMap<Integer, JsonNode> events = new TreeMap<>();

        final List<JsonNode> resolutions = new ArrayList<>();
        String key;
    }

    private final Map<String, Incident> incidents = new LinkedHashMap<>();
    private final Map<String, ArrayDeque<JsonNode>> levels = new HashMap<>();
    private final Set<LiveClient> clients = new LinkedHashSet<>();

    /**
     * Adds an alert event.
     *
     * @return false when the value is not an alert this board can place (no id, seq or key)
     */
    synchronized boolean acceptAlert(JsonNode alert) {
        String id = alert.path("id").asText(null);
        int seq = alert.path("seq").asInt(0);
        String key = key(alert.path("key"));
        if (id == null || seq < 1 || key == null) {
            return false;
        }
        Incident incident = incidents.computeIfAbsent(id, i -> new Incident());
        boolean firstOfKey = incident.events.isEmpty() && !hasIncidentOn(key);
        incident.key = key;
        incident.events.put(seq, alert);
        if (firstOfKey && levels.containsKey(key)) {
            // The page draws the usual level from before the incident: hand it over once.
            ObjectNode history = Json.MAPPER.createObjectNode().put("key", key);
            history.set("points", array(levels.get(key)));
            broadcast("levels", history);
        }
        broadcast("alert", alert);
        forgetOldest();
        return true;
    }

    /**
     * Adds a recorded decision; one per incident and state, so a re-read record changes nothing.
     */
    synchronized boolean acceptResolution(JsonNode resolution) {
        String id = resolution.path("alert_id").asText(null);
        String state = resolution.path("state").asText(null);
        if (id == null || state == null) {
            return false;
        }
        Incident incident = incidents.computeIfAbsent(id, i -> new Incident());
        if (decided(incident, state)) {
            return true;
        }
        incident.resolutions.add(resolution);
        broadcast("resolution", resolution);
        return true;
    }

    /**
     * Adds a judged window.
     *
     * @return false when it names no key
     */
    synchronized boolean acceptLevel(JsonNode level) {
        String key = key(level.path("key"));
        if (key == null) {
            return false;
        }
        ArrayDeque<JsonNode> points = levels.computeIfAbsent(key, k -> new ArrayDeque<>());
        points.addLast(level);
        while (points.size() > LEVELS_PER_KEY) {
            points.removeFirst();
        }
        if (hasIncidentOn(key)) {
            broadcast("level", level);
        }
        return true;
    }

    /** What the board knows of a person's decision on an incident. */
    enum Standing {
        /** No such incident: nothing to decide on. */
        UNKNOWN,
        /** Already recorded (or overtaken: an acknowledgement after a resolution). */
        RECORDED,
        /** Not recorded yet. */
        OPEN
    }

    synchronized Standing standing(String id, Resolution.State state) {
        Incident incident = incidents.get(id);
        if (incident == null || incident.events.isEmpty()) {
            return Standing.UNKNOWN;
        }
        boolean overtaken =
                state == Resolution.State.ACKNOWLEDGED
                        && decided(incident, Resolution.State.RESOLVED.wireName());
        return overtaken || decided(incident, state.wireName()) ? Standing.RECORDED : Standing.OPEN;
    }

    /** Sends the client everything known now, then every change from here on. */
    synchronized void subscribe(LiveClient client) {
        client.send("snapshot", snapshot().toString());
        clients.add(client);
    }

    synchronized void unsubscribe(LiveClient client) {
        clients.remove(client);
    }

    synchronized void closeAll() {
        clients.forEach(LiveClient::close);
        clients.clear();
    }

    synchronized int incidentCount() {
        return (int) incidents.values().stream().filter(i -> !i.events.isEmpty()).count();
    }

    private ObjectNode snapshot() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("incidents");
        ObjectNode keyLevels = root.putObject("levels");
        for (Map.Entry<String, Incident> e : incidents.entrySet()) {
            Incident incident = e.getValue();
            if (incident.events.isEmpty()) {
                continue;
            }
            ObjectNode item = list.addObject().put("id", e.getKey());
            item.set("events", array(incident.events.values()));
            item.set("resolutions", array(incident.resolutions));
            if (levels.containsKey(incident.key) && !keyLevels.has(incident.key)) {
                keyLevels.set(incident.key, array(levels.get(incident.key)));
            }
        }
        return root;
    }

    private void broadcast(String event, JsonNode json) {
        String text = json.toString();
        for (Iterator<LiveClient> it = clients.iterator(); it.hasNext(); ) {
            LiveClient c = it.next();
            c.send(event, text);
            if (c.closed()) {
                it.remove();
            }
        }
    }

    private boolean hasIncidentOn(String key) {
        return incidents.values().stream().anyMatch(i -> key.equals(i.key) && !i.events.isEmpty());
    }

    private static boolean decided(Incident incident, String state) {
        return incident.resolutions.stream().anyMatch(r -> state.equals(r.path("state").asText()));
    }

    private void forgetOldest() {
        while (incidents.size() > MAX_INCIDENTS) {
            String victim =
                    incidents.entrySet().stream()
                            .filter(e -> e.getValue().events.isEmpty() || resolved(e.getValue()))
                            .map(Map.Entry::getKey)
                            .findFirst()
                            .orElse(incidents.keySet().iterator().next());
            incidents.remove(victim);
        }
    }

    private static boolean resolved(Incident incident) {
        return "resolved".equals(incident.events.lastEntry().getValue().path("state").asText())
                || decided(incident, Resolution.State.RESOLVED.wireName());
    }

    private static String key(JsonNode key) {
        String brand = key.path("brand").asText(null);
        String aspect = key.path("aspect").asText(null);
        return brand == null || aspect == null ? null : brand + "/" + aspect;
    }

    private static ArrayNode array(Iterable<JsonNode> nodes) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        nodes.forEach(a::add);
        return a;
    }
}
