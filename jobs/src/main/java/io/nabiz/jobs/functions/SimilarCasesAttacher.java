package io.nabiz.jobs.functions;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.SimilarCase;
import io.nabiz.engine.cases.CaseBase;
import io.nabiz.engine.cases.CaseLibrary;
import io.nabiz.engine.cases.CaseTerms;
import io.nabiz.jobs.config.JobSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches the past cases most like each alert ({@code similar_cases}).
 *
 * <p>Each task opens the case base once, read-only, and switches to a newer version when its
 * pointer moves (checked every {@code cases.refresh}), so new cases need no restart. A lookup that
 * fails leaves the alert without cases, counted in {@code caseLookupFailures}: a case base problem
 * must never hold back an alert.
 */
public final class SimilarCasesAttacher extends RichMapFunction<Alert, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(SimilarCasesAttacher.class);
    private static final int HISTOGRAM_WINDOW = 1_000;

    private final JobSettings.Cases settings;

    private transient CaseLibrary library;
    private transient Histogram lookupNanos;
    private transient Counter lookupFailures;

    public SimilarCasesAttacher(JobSettings.Cases settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        library =
                new CaseLibrary(
                        new CaseBase(Path.of(settings.index()), CaseTerms.loadDefault()),
                        CaseTerms.loadDefault(),
                        settings.refresh(),
                        System::nanoTime);
        var metrics = getRuntimeContext().getMetricGroup();
        lookupNanos =
                metrics.histogram(
                        "caseLookupNanos", new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
        lookupFailures = metrics.counter("caseLookupFailures");
    }

    @Override
    public Alert map(Alert alert) {
        long start = System.nanoTime();
        List<SimilarCase> cases;
        try {
            cases = library.similar(alert, settings.top());
        } catch (IOException | UncheckedIOException e) {
            lookupFailures.inc();
            LOG.warn("similar cases of alert {} not looked up: {}", alert.id(), e.toString());
            return alert;
        }
        lookupNanos.update(System.nanoTime() - start);
        return alert.withSimilarCases(cases);
    }

    @Override
    public void close() throws IOException {
        if (library != null) {
            library.close();
        }
    }
}
