package io.nabiz.jobs.replay;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.window.WindowStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything one replay produced, in a stable order: the same input and rules give equal results,
 * whatever order parallel operators happened to deliver them in.
 *
 * @param judged every key's windows as the rules judged them, with their counts but not their terms
 *     or samples ({@link ReplayRecord#counts})
 * @param records records read (mentions and dead letters)
 * @param mentions records that decoded into mentions, late ones included
 * @param customerAlerts customer-at-risk alert events
 */
public record ReplayResult(
        List<Alert> alerts,
        List<JudgedWindow> judged,
        List<DeadLetter> deadLetters,
        List<Mention> late,
        long records,
        long mentions,
        List<CustomerAlert> customerAlerts) {

    public ReplayResult {
        customerAlerts = customerAlerts == null ? List.of() : customerAlerts;
    }

    /** Alerts by window end, then key, rule and the event's number within its incident. */
    public static final Comparator<Alert> ALERT_ORDER =
            Comparator.comparing(Alert::windowEnd)
                    .thenComparing(a -> a.key().brand())
                    .thenComparing(a -> a.key().aspect())
                    .thenComparing(Alert::rule)
                    .thenComparingInt(Alert::seq);

    /**
     * Judged windows by brand, aspect, then time; written out rather than composed from key
     * extractors, as a replay sorts about one judged window per mention.
     */
    public static final Comparator<JudgedWindow> JUDGED_ORDER =
            (a, b) -> {
                WindowStats x = a.stats();
                WindowStats y = b.stats();
                int c = x.key().brand().compareTo(y.key().brand());
                if (c == 0) {
                    c = x.key().aspect().compareTo(y.key().aspect());
                }
                return c != 0 ? c : x.start().compareTo(y.start());
            };

    /** Dead letters by source, then by line or offset as a number (line 9 before line 10). */
    public static final Comparator<DeadLetter> DEAD_LETTER_ORDER =
            Comparator.comparing((DeadLetter d) -> originParts(d.origin()).prefix())
                    .thenComparingLong(d -> originParts(d.origin()).position())
                    .thenComparing(DeadLetter::origin);

    /** Customer alerts by event time, then brand, customer and the event's number. */
    public static final Comparator<CustomerAlert> CUSTOMER_ALERT_ORDER =
            Comparator.comparing(CustomerAlert::at)
                    .thenComparing(a -> a.key().brand())
                    .thenComparing(a -> a.key().customer())
                    .thenComparingInt(CustomerAlert::seq);

    public static final Comparator<Mention> LATE_ORDER =
            Comparator.comparing(Mention::ts).thenComparing(Mention::id);

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    /** Sorts each output. */
    public static ReplayResult sorted(
            List<Alert> alerts,
            List<JudgedWindow> judged,
            List<DeadLetter> deadLetters,
            List<Mention> late,
            long records,
            long mentions) {
        return sorted(alerts, judged, deadLetters, late, records, mentions, List.of());
    }

    public static ReplayResult sorted(
            List<Alert> alerts,
            List<JudgedWindow> judged,
            List<DeadLetter> deadLetters,
            List<Mention> late,
            long records,
            long mentions,
            List<CustomerAlert> customerAlerts) {
        return new ReplayResult(
                sort(alerts, ALERT_ORDER),
                sort(judged, JUDGED_ORDER),
                sort(deadLetters, DEAD_LETTER_ORDER),
                sort(late, LATE_ORDER),
                records,
                mentions,
                sort(customerAlerts, CUSTOMER_ALERT_ORDER));
    }

    private static <T> List<T> sort(java.util.Collection<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return List.copyOf(copy);
    }

    private record OriginParts(String prefix, long position) {}

    private static OriginParts originParts(String origin) {
        Matcher m = TRAILING_NUMBER.matcher(origin);
        if (m.matches() && m.group(2).length() < 19) {
            return new OriginParts(m.group(1), Long.parseLong(m.group(2)));
        }
        return new OriginParts(origin, -1);
    }
}
