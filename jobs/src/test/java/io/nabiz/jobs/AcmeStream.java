package io.nabiz.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Small mention streams of brand acme for end-to-end tests, out of order as feeds deliver them. */
final class AcmeStream {

    private AcmeStream() {}

    /** One English mention somewhere in the window, as {event time, JSON line}. */
    static String[] mention(int n, Instant windowStart, Random random, String text) {
        Instant ts = windowStart.plusMillis(random.nextInt(300_000));
        String channel = List.of("chat", "email", "social").get(n % 3);
        String json =
                String.format(
                        "{\"v\":1,\"id\":\"m%d\",\"channel\":\"%s\",\"brand\":\"acme\",\"ts\":\"%s\","
                                + "\"text\":\"%s\",\"author\":\"a%d\",\"lang\":\"en\"}",
                        n, channel, ts, text, n % 50);
        return new String[] {ts.toString(), json};
    }

    /** The lines in event-time order, then the first two of every {@code every} swapped. */
    static List<String> outOfOrder(List<String[]> timed, int every) {
        List<String[]> sorted = new ArrayList<>(timed);
        sorted.sort(Comparator.comparing(t -> t[0]));
        for (int i = 0; i + 1 < sorted.size(); i += every) {
            String[] a = sorted.get(i);
            sorted.set(i, sorted.get(i + 1));
            sorted.set(i + 1, a);
        }
        return new ArrayList<>(sorted.stream().map(t -> t[1]).toList());
    }
}
