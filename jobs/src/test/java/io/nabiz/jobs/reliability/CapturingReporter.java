package io.nabiz.jobs.reliability;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * A metric reporter that keeps every metric Flink registers, by its full identifier, so a test can
 * read what a real reporter (Prometheus, JMX) would be handed, after the job has ended too.
 */
public final class CapturingReporter implements MetricReporter {

    private static final Map<String, Metric> METRICS = new ConcurrentHashMap<>();

    /**
     * Named in {@code metrics.reporter.<name>.factory.class}; Flink finds it only through its
     * {@code META-INF/services} entry, never by reflection on the name alone.
     */
    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new CapturingReporter();
        }
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        METRICS.put(group.getMetricIdentifier(name), metric);
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        // Kept: a task's counters are removed when it finishes, and the test reads them after.
    }

    public static void clear() {
        METRICS.clear();
    }

    /** The sum over all subtasks of the counters whose identifier ends with {@code suffix}. */
    public static long counter(String suffix) {
        return METRICS.entrySet().stream()
                .filter(e -> e.getKey().endsWith(suffix) && e.getValue() instanceof Counter)
                .mapToLong(e -> ((Counter) e.getValue()).getCount())
                .sum();
    }

    /** The largest value of the numeric gauges whose identifier ends with {@code suffix}. */
    public static long gauge(String suffix) {
        return METRICS.entrySet().stream()
                .filter(e -> e.getKey().endsWith(suffix) && e.getValue() instanceof Gauge<?>)
                .map(e -> ((Gauge<?>) e.getValue()).getValue())
                .filter(Number.class::isInstance)
                .mapToLong(v -> ((Number) v).longValue())
                .max()
                .orElse(0);
    }

    /** The sum over all subtasks of the histograms' sample counts. */
    static long histogramCount(String suffix) {
        return METRICS.entrySet().stream()
                .filter(e -> e.getKey().endsWith(suffix) && e.getValue() instanceof Histogram)
                .mapToLong(e -> ((Histogram) e.getValue()).getCount())
                .sum();
    }
}
