package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.backtest.Backtest;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.KeyKind;
import io.nabiz.engine.window.WindowStats;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Keys narrowed by language and channel, judged with the shipped rules beside brand × aspect: a
 * rise of one language on one channel opens one incident on that narrowed key, a rise of the whole
 * aspect opens one on the aspect, and neither is alerted again at another key level.
 */
class KeyFamiliesTest {

    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final IncidentKey BRAND = new IncidentKey("acme", IncidentKey.BRAND_WIDE);
    private static final IncidentKey DELIVERY = new IncidentKey("acme", "delivery");
    private static final IncidentKey BILLING = new IncidentKey("acme", "billing");
    private static final KeyKind LANG_CHANNEL = KeyKind.of(List.of("lang", "channel"));
    private static final IncidentKey TR_CHAT = LANG_CHANNEL.narrow(DELIVERY, "tr", "chat");
    private static final IncidentKey DE_EMAIL = LANG_CHANNEL.narrow(DELIVERY, "de", "email");

    /** A day of calm windows, then an hour of the rise. */
    private static final int CALM = 288;

    private static final int RISE = 12;

    @Test
    void aRiseOfTurkishSpeakersOnChatOpensOneIncidentOnThatKeyOnly() throws Exception {
        List<Alert> alerts = backtest(5, 1);
        // Delivery as a whole rises by a third: within its usual ups and downs.
        assertEquals(List.of("acme/delivery/tr/chat"), openedKeys(alerts), "" + alerts);
        assertEquals(
                "{\"brand\":\"acme\",\"aspect\":\"delivery\",\"lang\":\"tr\",\"channel\":\"chat\","
                        + "\"brandWide\":false}",
                io.nabiz.engine.json.Json.MAPPER.writeValueAsString(alerts.get(0).key()));
    }

    @Test
    void aRiseOfTheWholeAspectOpensOneIncidentOnTheAspectNotOnItsNarrowedKeys() throws Exception {
        assertEquals(List.of("acme/delivery"), openedKeys(backtest(3, 3)));
    }

    @Test
    void aKeyPathNamesTheKeyAndReadsBack() {
        assertEquals("delivery/lang=tr/channel=chat", TR_CHAT.path());
        assertEquals(TR_CHAT, IncidentKey.ofPath("acme", TR_CHAT.path()));
        assertEquals("delivery", DELIVERY.path());
        assertEquals(DELIVERY, IncidentKey.ofPath("acme", "delivery"));
        assertEquals(
                new IncidentKey("acme", "delivery", "de", null),
                KeyKind.of(List.of("lang")).narrow(DELIVERY, "de", "email"));
    }

    /**
     * Delivery is a little Turkish chat and much German e-mail, billing beside it; in the rise,
     * each narrowed key's level is multiplied as given.
     */
    private static List<Alert> backtest(int trChatRise, int deEmailRise) throws Exception {
        Random random = new Random(11);
        List<WindowStats> windows = new ArrayList<>();
        for (int i = 0; i < CALM + RISE; i++) {
            boolean rising = i >= CALM;
            long trChat = noisy(4 * (rising ? trChatRise : 1), random);
            long deEmail = noisy(40 * (rising ? deEmailRise : 1), random);
            long billing = noisy(30, random);
            windows.add(window(TR_CHAT, i, trChat));
            windows.add(window(DE_EMAIL, i, deEmail));
            windows.add(window(DELIVERY, i, trChat + deEmail));
            windows.add(window(BILLING, i, billing));
            windows.add(window(BRAND, i, trChat + deEmail + billing));
        }
        windows.sort(
                java.util.Comparator.comparing(WindowStats::end)
                        .thenComparing(w -> w.key().path()));
        return new Backtest(rules(), Playbooks.loadDefault()).alerts(windows);
    }

    private static List<String> openedKeys(List<Alert> alerts) {
        return alerts.stream()
                .filter(a -> a.state() == AlertState.OPEN)
                .map(a -> a.key().toString())
                .toList();
    }

    /** The shipped rules with one further key kind: aspect × language × channel. */
    private static RuleSet rules() throws Exception {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream("/config/rules.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RuleSetLoader(Playbooks.loadDefault())
                    .parse(
                            yaml.replace(
                                    "\nwindow: PT5M\n",
                                    "\nwindow: PT5M\nkeys: [[lang, channel]]\n"));
        }
    }

    /** A count around {@code level} with the spread of counted events (about its square root). */
    private static long noisy(long level, Random random) {
        return Math.max(0, Math.round(level + Math.sqrt(level) * random.nextGaussian()));
    }

    private static WindowStats window(IncidentKey key, int i, long count) {
        Instant start = T0.plus(WINDOW.multipliedBy(i));
        TreeMap<String, Long> channels = new TreeMap<>();
        channels.put(key.channel() == null ? "chat" : key.channel(), count);
        return new WindowStats(
                key,
                start,
                start.plus(WINDOW),
                count,
                count / 10,
                count * 10,
                count,
                channels,
                new TreeMap<>(),
                new TreeMap<>(),
                new ArrayList<>(),
                null);
    }
}
