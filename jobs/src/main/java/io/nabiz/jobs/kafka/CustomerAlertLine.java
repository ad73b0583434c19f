package io.nabiz.jobs.kafka;

import io.nabiz.engine.customer.CustomerAlert;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats a customer alert event as one line a care agent can scan in a terminal. */
public final class CustomerAlertLine {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    private CustomerAlertLine() {}

    public static String format(CustomerAlert a) {
        return String.format(
                Locale.ROOT,
                "%s  %-9s %-8s %-26s %s (%s): %s",
                TIME.format(a.at()),
                a.state().wireName().toUpperCase(Locale.ROOT),
                a.severity().wireName(),
                a.key(),
                a.rule(),
                String.join("+", a.reasons()),
                a.headline());
    }
}
