package io.nabiz.jobs.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.alert.Action;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Evidence;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.kafka.TopicReader;
import io.nabiz.jobs.local.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board in a real headless Chromium over a real broker: alerts committed to the topic appear in
 * the open page without a reload, filters narrow the lists, mention text stays text, and an
 * acknowledgement writes exactly one record to the resolutions topic.
 *
 * <p>The methods build on each other (one page, one broker), so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveBoardTest {

    /** Markup a hostile mention might carry: it must show as text and never run. */
    static final String HOSTILE =
            "Kargo yok <script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";

    static final Instant OPENED = Instant.parse("2026-11-20T09:25:00Z");

    @TempDir static Path dir;
    static EmbeddedKafka kafka;
    static JobSettings.Topics topics;
    static BoardServer board;
    static DevToolsBrowser browser;
    static KafkaProducer<String, byte[]> producer;
    static String critical;
    static String medium;

    @BeforeAll
    static void startBrokerBoardAndBrowser() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        topics = JobSettings.loadDefault().kafka().topics().prefixed("board");
        // One partition each: an aborted alert sits before a committed one, so the committed
        // one's arrival proves the aborted one was passed over.
        kafka.createTopics(
                1, List.of(topics.alerts(), topics.resolutions(), topics.judgedWindows()));
        producer = transactionalProducer();
        board = BoardServer.start(kafka.bootstrapServers(), topics, "127.0.0.1", 0, null);
        browser = DevToolsBrowser.launch(Files.createDirectories(dir.resolve("chromium")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (board != null) {
            board.close();
        }
        if (producer != null) {
            producer.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void aCommittedAlertAppearsInTheOpenPageWithoutReload() throws Exception {
        browser.open(board.uri().toString());
        browser.waitUntil(
                "the feed is live", "document.getElementById('status').textContent === 'live'");
        assertEquals(0, browser.eval("document.querySelectorAll('.incident').length").asInt());
        // Survives only if the page is never reloaded.
        browser.eval("window.__sameDocument = 'yes'");

        IncidentKey key = new IncidentKey("yildizmarket", "delivery");
        for (int i = 12; i >= 1; i--) {
            send(
                    topics.judgedWindows(),
                    key.toString(),
                    level(key, OPENED.minus(Duration.ofMinutes(5L * i)), i <= 2 ? 20 + i : 3));
        }
        ObjectNode hostile = alert(key, Severity.CRITICAL, "tr", HOSTILE);
        // What the case base and the privacy masking add: the board shows what it does not know.
        ((ObjectNode) hostile.get("evidence").get("samples").get(0)).put("count", 3);
        hostile.putArray("similar_cases")
                .addObject()
                .put("id", "case-17")
                .put("title", "Courier backlog in Istanbul")
                .put("resolution", "Rerouted to the second carrier")
                .put("score", 0.82)
                .put("lang", "tr");
        critical = hostile.get("id").asText();

        ObjectNode aborted =
                alert(new IncidentKey("ghost", "app"), Severity.HIGH, "en", "never committed");
        producer.beginTransaction();
        producer.send(
                        new ProducerRecord<>(
                                topics.alerts(),
                                aborted.get("id").asText(),
                                Json.MAPPER.writeValueAsBytes(aborted)))
                .get();
        producer.abortTransaction();
        send(topics.alerts(), critical, hostile);

        browser.waitUntil("the alert is on the page", card(critical) + " !== null");
        assertEquals("yes", browser.eval("window.__sameDocument").asText());
        assertEquals(
                1,
                browser.eval("document.querySelectorAll('.incident').length").asInt(),
                "the aborted alert is not read");
        assertEquals(
                "open",
                browser.eval(card(critical) + ".closest('#open') ? 'open' : 'elsewhere'").asText());
        String text = browser.eval(card(critical) + ".textContent").asText();
        assertTrue(text.contains("Courier backlog in Istanbul"), text);
        assertTrue(text.contains("count 3"), text);
        assertTrue(text.contains("Reply to every open delivery complaint"), text);
        browser.waitUntil(
                "the chart is drawn", card(critical) + ".querySelector('.chart svg') !== null");
    }

    @Test
    @Order(2)
    void markupInAMentionShowsAsTextAndNeverRuns() throws Exception {
        assertEquals(
                HOSTILE,
                browser.eval(card(critical) + ".querySelector('.sample .text').textContent")
                        .asText());
        assertEquals(
                0,
                browser.eval(card(critical) + ".querySelectorAll('script, img').length").asInt());
        assertEquals("undefined", browser.eval("typeof window.__pwned").asText());
    }

    @Test
    @Order(3)
    void filtersNarrowTheLists() throws Exception {
        ObjectNode billing =
                alert(
                        new IncidentKey("nordtel", "billing"),
                        Severity.MEDIUM,
                        "de",
                        "Rechnung falsch");
        medium = billing.get("id").asText();
        send(topics.alerts(), medium, billing);
        browser.waitUntil("the second alert is on the page", card(medium) + " !== null");
        // Open incidents come by severity: the critical one first.
        assertEquals(
                critical,
                browser.eval("document.querySelector('#open .incident').dataset.incidentId")
                        .asText());

        assertEquals(List.of(medium), shownWith("f-brand", "nordtel"));
        assertEquals(List.of(critical), shownWith("f-severity", "critical"));
        assertEquals(List.of(critical, medium), shownWith("f-severity", "medium"));
        assertEquals(List.of(medium), shownWith("f-lang", "de"));
        assertEquals(List.of(critical), shownWith("f-aspect", "delivery"));
        assertEquals(List.of(critical, medium), visible());
    }

    @Test
    @Order(4)
    void acknowledgingWritesOneRecordToResolutions() throws Exception {
        browser.eval("document.getElementById('by').value = 'Ayşe'");
        browser.eval(card(critical) + ".querySelector('.note-input').value = 'Courier called'");
        browser.eval(card(critical) + ".querySelector('[data-action=acknowledged]').click()");
        browser.waitUntil(
                "the page shows the acknowledgement",
                card(critical) + ".querySelector('.decision') !== null");
        // A second click elsewhere (another tab, a retry) finds it recorded and writes nothing.
        JsonNode again =
                browser.eval(
                        "fetch('/api/resolutions', {method: 'POST',"
                                + " headers: {'Content-Type': 'application/json'},"
                                + " body: JSON.stringify({alert_id: '"
                                + critical
                                + "', state: 'acknowledged', by: 'Ayşe'})})"
                                + ".then(function (r) { return r.json(); })");
        assertFalse(again.path("written").asBoolean(true), again.toString());

        List<byte[]> records = TopicReader.readAll(kafka.bootstrapServers(), topics.resolutions());
        assertEquals(1, records.size());
        JsonNode r = Json.MAPPER.readTree(records.get(0));
        assertEquals(critical, r.get("alert_id").asText());
        assertEquals("acknowledged", r.get("state").asText());
        assertEquals("Courier called", r.get("note").asText());
        assertEquals("Ayşe", r.get("by").asText());
        Instant.parse(r.get("at").asText());
        assertEquals(5, r.size(), r.toString());
        assertTrue(
                browser.eval(card(critical) + ".textContent")
                        .asText()
                        .contains("acknowledged by Ayşe"));
    }

    @Test
    @Order(5)
    void theWholeVisitLeftNoConsoleError() throws Exception {
        // Left in target/ for a person to look at, as the replay report's test does.
        Path png = Path.of(System.getProperty("user.dir"), "target", "board.png");
        browser.screenshot(png, 1280, 1400);
        assertTrue(Files.size(png) > 50_000, "the screenshot shows more than a blank page");
        assertEquals(List.of(), browser.errors());
        // The collector itself hears errors: an empty list above is not for want of listening.
        browser.eval("console.error('probe')");
        for (int i = 0; i < 100 && browser.errors().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertTrue(browser.errors().toString().contains("probe"), browser.errors().toString());
    }

    /** The incidents shown with one filter set as a person would set it; then it is cleared. */
    private static List<String> shownWith(String filter, String value) throws Exception {
        choose(filter, value);
        List<String> shown = visible();
        choose(filter, "");
        return shown;
    }

    private static void choose(String filter, String value) throws Exception {
        browser.eval(
                "(function (s) { s.value = '"
                        + value
                        + "'; s.dispatchEvent(new Event('change')); })(document.getElementById('"
                        + filter
                        + "'))");
    }

    private static List<String> visible() throws Exception {
        List<String> ids = new ArrayList<>();
        browser.eval(
                        "Array.from(document.querySelectorAll('.incident')).filter(function (e) { return !e.hidden; })"
                                + ".map(function (e) { return e.dataset.incidentId; })")
                .forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private static String card(String id) {
        return "document.querySelector('.incident[data-incident-id=\"" + id + "\"]')";
    }

    private static ObjectNode alert(IncidentKey key, Severity severity, String lang, String text) {
        Instant end = OPENED;
        Sample sample =
                new Sample(
                        "m-" + key.brand(),
                        Channel.CHAT,
                        end.minusSeconds(60),
                        lang,
                        -0.8,
                        120,
                        text,
                        1);
        Alert a =
                new Alert(
                        Alert.VERSION,
                        Alert.incidentId("volume-spike", key, end),
                        1,
                        key,
                        "volume-spike",
                        List.of("volume-spike"),
                        severity,
                        AlertState.OPEN,
                        "51 mentions in 15 min, 7.5x the usual 6.8",
                        end,
                        end.minusSeconds(300),
                        end,
                        new Figures(
                                51,
                                6.8,
                                9,
                                7.5,
                                0.78,
                                0.1,
                                90_000,
                                40,
                                new TreeMap<>(Map.of("chat", 51L))),
                        new Evidence(
                                new ArrayList<>(List.of(sample)),
                                new TreeMap<>(),
                                new TreeMap<>(Map.of("kargo", 11L)),
                                51,
                                end,
                                0),
                        new Action(
                                "delivery-delay",
                                "Delivery delay",
                                List.of("Reply to every open delivery complaint")));
        try {
            return (ObjectNode) Json.MAPPER.readTree(AlertCodec.encode(a));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode level(IncidentKey key, Instant start, long count) {
        ObjectNode l = Json.MAPPER.createObjectNode().put("v", 1);
        l.putObject("key").put("brand", key.brand()).put("aspect", key.aspect());
        return l.put("start", start.toString())
                .put("end", start.plus(Duration.ofMinutes(5)).toString())
                .put("count", count)
                .put("negativeShare", 0.5)
                .put("expected", 3.0)
                .put("spread", 1.5)
                .put("threshold", 12.0)
                .put("incidentOpen", false);
    }

    /** Writes and commits one record, as the job's transactional sink does. */
    private static void send(String topic, String key, JsonNode value) throws Exception {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(topic, key, Json.MAPPER.writeValueAsBytes(value))).get();
        producer.commitTransaction();
    }

    private static KafkaProducer<String, byte[]> transactionalProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "board-test");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p);
        producer.initTransactions();
        return producer;
    }
}
