package io.nabiz.jobs.kafka;

import io.nabiz.jobs.config.JobSettings;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;

/**
 * What a job checks on its Kafka cluster before it starts: that a broker answers within the
 * settings' connect timeout, and that every topic it reads or writes exists. Without it, a job
 * pointed at the wrong address waits silently for ever, and one with a missing topic fails only
 * when its first alert cannot be written.
 */
public final class BrokerCheck {

    /** What was found. */
    public sealed interface Result {}

    public record Ready(int brokers) implements Result {}

    public record Unreachable(String reason) implements Result {}

    public record MissingTopics(List<String> topics) implements Result {}

    private BrokerCheck() {}

    public static Result run(JobSettings.Kafka kafka) throws InterruptedException {
        Duration timeout = kafka.connectTimeout();
        Properties p = kafka.clientProperties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(timeout.toMillis(), 30_000));
        try (Admin admin = Admin.create(p)) {
            int brokers =
                    admin.describeCluster()
                            .nodes()
                            .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                            .size();
            Set<String> existing =
                    admin.listTopics(new ListTopicsOptions().listInternal(false))
                            .names()
                            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<String> missing =
                    kafka.topics().listenJob().stream().filter(t -> !existing.contains(t)).toList();
            return missing.isEmpty() ? new Ready(brokers) : new MissingTopics(missing);
        } catch (TimeoutException e) {
            return new Unreachable("no broker answered within " + timeout.toSeconds() + "s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof org.apache.kafka.common.errors.TimeoutException
                    ? new Unreachable("no broker answered within " + timeout.toSeconds() + "s")
                    : new Unreachable(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }
}
