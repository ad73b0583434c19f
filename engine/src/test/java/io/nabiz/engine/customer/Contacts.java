package io.nabiz.engine.customer;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Survey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Contacts for journey tests, hours after a fixed start. */
final class Contacts {

    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private Contacts() {}

    static Contact complaint(
            String id, Channel channel, double hours, String aspect, String... cues) {
        return contact(id, channel, hours, aspect, true, null, cues);
    }

    static Contact neutral(String id, Channel channel, double hours, String aspect) {
        return contact(id, channel, hours, aspect, false, null);
    }

    static Contact survey(String id, double hours, int nps, String aspect, String... cues) {
        Survey s = new Survey(nps, null);
        return contact(id, Channel.SURVEY, hours, aspect, s.detractor(), s, cues);
    }

    private static Contact contact(
            String id,
            Channel channel,
            double hours,
            String aspect,
            boolean complaint,
            Survey survey,
            String... cues) {
        return new Contact(
                id,
                channel,
                T0.plus(Duration.ofMinutes(Math.round(hours * 60))),
                new ArrayList<>(List.of(aspect)),
                complaint,
                new ArrayList<>(List.of(cues)),
                "text of " + id,
                survey);
    }
}
