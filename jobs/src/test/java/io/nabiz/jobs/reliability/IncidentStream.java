package io.nabiz.jobs.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Four hours of mentions in the phases a live feed delivers them, built the same way on every call
 * so a failure-free run and a run with a fault see identical input.
 *
 * <pre>
 * quiet        0:00–2:00  acme and globex at their usual volume, two malformed records
 * burst        2:00–2:30  acme/delivery bursts 2:00–2:15: the incident opens when 2:10 closes
 * stragglers   0:10       three mentions that arrive after the burst: late; one malformed record
 * rest         2:30–4:00  acme/delivery resolves; globex/delivery bursts 3:00–3:10 and resolves;
 *              6:00       one mention per partition carries event time past every window
 * </pre>
 */
final class IncidentStream {

    static final String DELIVERY = "My package delivery is late again";
    private static final String INVOICE = "Where can I download my invoice";
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int BURST = 30;
    private static final int USUAL = 2;
    private static final List<String> CHANNELS = List.of("chat", "email", "social", "survey");

    private final Instant t0;
    private final int partitions;
    private final Random random = new Random(7);
    private int n;

    /**
     * @param t0 the stream's first instant; keep it within a few days before now, since the job
     *     rejects mentions stamped more than a day after the broker received them
     */
    IncidentStream(Instant t0, int partitions) {
        this.t0 = t0;
        this.partitions = partitions;
    }

    List<byte[]> quiet() {
        List<byte[]> out = windows(0, 24, w -> false, w -> false);
        out.add(10, bytes("not json at all"));
        out.add(
                50,
                bytes(
                        "{\"v\":1,\"id\":\"x1\",\"channel\":\"chat\",\"brand\":\"acme\",\"ts\":\""
                                + t0.plus(Duration.ofMinutes(30))
                                + "\"}"));
        return out;
    }

    List<byte[]> burst() {
        return windows(24, 30, w -> w < 27, w -> false);
    }

    List<byte[]> stragglers() {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(mention("straggler" + i, t0.plus(Duration.ofMinutes(10 + i)), "acme", INVOICE));
            n++;
        }
        out.add(
                bytes(
                        "{\"v\":1,\"id\":\"x2\",\"channel\":\"fax\",\"brand\":\"acme\",\"ts\":\""
                                + t0.plus(Duration.ofMinutes(150))
                                + "\",\"text\":\"hi\"}"));
        return out;
    }

    List<byte[]> rest() {
        List<byte[]> out = windows(30, 48, w -> false, w -> w == 36 || w == 37);
        out.addAll(endOfEventTime(t0.plus(Duration.ofHours(6))));
        return out;
    }

    /** The late mentions' ids, in order. */
    static List<String> stragglerIds() {
        return List.of("straggler0", "straggler1", "straggler2");
    }

    /**
     * One mention on every partition of every channel topic at {@code ts}: with per-partition
     * watermarks, event time only passes a window once every partition has passed it.
     */
    List<byte[]> endOfEventTime(Instant ts) {
        List<byte[]> out = new ArrayList<>();
        for (String channel : CHANNELS) {
            for (int p = 0; p < partitions; p++) {
                out.add(
                        bytes(
                                String.format(
                                        "{\"v\":2,\"id\":\"end-%s-%d\",\"channel\":\"%s\","
                                                + "\"brand\":\"acme\",\"ts\":\"%s\","
                                                + "\"text\":\"thanks\",\"lang\":\"en\"%s}",
                                        channel, p, channel, ts, scores(channel))));
            }
        }
        return out;
    }

    private List<byte[]> windows(
            int from,
            int to,
            java.util.function.IntPredicate acmeBurst,
            java.util.function.IntPredicate globexBurst) {
        List<Timed> timed = new ArrayList<>();
        for (int w = from; w < to; w++) {
            Instant start = t0.plus(WINDOW.multipliedBy(w));
            add(timed, start, acmeBurst.test(w) ? BURST : USUAL, "acme", DELIVERY);
            add(timed, start, USUAL, "acme", INVOICE);
            add(timed, start, globexBurst.test(w) ? BURST : USUAL, "globex", DELIVERY);
        }
        // In event-time order, then every third pair swapped: out of order as feeds deliver.
        timed.sort(Comparator.comparing(Timed::ts));
        for (int i = 0; i + 1 < timed.size(); i += 3) {
            Timed a = timed.get(i);
            timed.set(i, timed.get(i + 1));
            timed.set(i + 1, a);
        }
        List<byte[]> out = new ArrayList<>();
        timed.forEach(t -> out.add(t.json()));
        return out;
    }

    private void add(List<Timed> timed, Instant windowStart, int count, String brand, String text) {
        for (int i = 0; i < count; i++) {
            Instant ts = windowStart.plusMillis(random.nextInt((int) WINDOW.toMillis()));
            timed.add(new Timed(ts, mention("m" + n, ts, brand, text)));
            n++;
        }
    }

    /** Round-robin over every channel, surveys included: each channel topic carries event time. */
    private byte[] mention(String id, Instant ts, String brand, String text) {
        String channel = CHANNELS.get(n % CHANNELS.size());
        return bytes(
                String.format(
                        "{\"v\":2,\"id\":\"%s\",\"channel\":\"%s\",\"brand\":\"%s\",\"ts\":\"%s\","
                                + "\"text\":\"%s\",\"author\":\"a%d\",\"lang\":\"en\"%s}",
                        id, channel, brand, ts, text, n % 50, scores(channel)));
    }

    /** A survey response's scores: a passive, so surveys stay calm. */
    private static String scores(String channel) {
        return channel.equals("survey") ? ",\"survey\":{\"nps\":8}" : "";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private record Timed(Instant ts, byte[] json) {}
}
