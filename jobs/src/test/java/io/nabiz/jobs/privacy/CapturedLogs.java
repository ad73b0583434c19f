package io.nabiz.jobs.privacy;

import java.io.StringWriter;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Everything the job logs at INFO and above while open, for a test to search: the test logging
 * setup shows only warnings, and INFO is the level a production job runs at.
 */
final class CapturedLogs implements AutoCloseable {

    private static final String NAME = "captured";

    /**
     * The in-process broker's and the Kafka clients' loggers keep their levels: the broker is the
     * test's, not the job's, and neither logs record values; at INFO they would log thousands of
     * lines of configuration and slow the run down.
     */
    private static final String BROKER = "kafka";

    private static final String CLIENTS = "org.apache.kafka";

    private final StringWriter text = new StringWriter();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);

    CapturedLogs() {
        Configuration config = context.getConfiguration();
        WriterAppender appender =
                WriterAppender.newBuilder()
                        .setName(NAME)
                        .setTarget(text)
                        .setLayout(
                                PatternLayout.newBuilder().withPattern("%p %c - %m%n%ex").build())
                        .build();
        appender.start();
        config.addAppender(appender);
        LoggerConfig root = config.getRootLogger();
        // The console keeps showing warnings only; the capture takes INFO from every logger,
        // including those the test setup quiets.
        for (var console : List.copyOf(root.getAppenders().values())) {
            root.removeAppender(console.getName());
            root.addAppender(console, Level.WARN, null);
        }
        root.addAppender(appender, Level.INFO, null);
        root.setLevel(Level.INFO);
        for (LoggerConfig logger : config.getLoggers().values()) {
            if (!logger.getName().startsWith(BROKER) && !logger.getName().startsWith(CLIENTS)) {
                logger.setLevel(Level.INFO);
            }
        }
        context.updateLoggers();
    }

    String text() {
        return text.toString();
    }

    /** Back to the configured logging, as the test setup file has it. */
    @Override
    public void close() {
        context.reconfigure();
    }
}
