package io.nabiz.jobs.reliability;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.kafka.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the listen job has committed to its output topics, read {@code read_committed}, in an order
 * that does not depend on partitions: alerts by incident and sequence, the rest by origin or id.
 *
 * <p>Dead letters keep their origin (without the run's topic prefix) and reason but not their
 * receive time, which is the broker's clock and differs between runs.
 */
record Committed(List<Alert> alerts, List<String> deadLetters, List<String> late) {

    static Committed read(JobSettings settings) {
        String servers = settings.kafka().bootstrapServers();
        JobSettings.Topics topics = settings.kafka().topics();
        return new Committed(
                alerts(settings),
                TopicReader.readAll(servers, topics.deadLetters()).stream()
                        .map(Committed::deadLetter)
                        .sorted()
                        .toList(),
                TopicReader.readAll(servers, topics.late()).stream()
                        .map(Committed::lateId)
                        .sorted()
                        .toList());
    }

    static List<Alert> alerts(JobSettings settings) {
        List<Alert> alerts = new ArrayList<>();
        for (byte[] value :
                TopicReader.readAll(
                        settings.kafka().bootstrapServers(), settings.kafka().topics().alerts())) {
            try {
                alerts.add(AlertCodec.decode(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        alerts.sort(Comparator.comparing(Alert::id).thenComparingInt(Alert::seq));
        return alerts;
    }

    static long count(JobSettings settings, String topic) {
        return TopicReader.readAll(settings.kafka().bootstrapServers(), topic).size();
    }

    private static String deadLetter(byte[] value) {
        try {
            DeadLetter d = Json.MAPPER.readValue(value, DeadLetter.class);
            // Each run has its own topic prefix; the rest of the origin is partition and offset.
            return d.origin().replaceFirst("^kafka:[^.]+\\.", "kafka:") + " " + d.reason();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lateId(byte[] value) {
        try {
            return new MentionCodec().decode(value, null).id();
        } catch (io.nabiz.engine.mention.InvalidMentionException e) {
            throw new IllegalStateException("the job wrote a late mention it cannot read", e);
        }
    }
}
