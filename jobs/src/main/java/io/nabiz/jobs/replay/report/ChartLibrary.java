package io.nabiz.jobs.replay.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The charting library the report inlines: Apache ECharts, as the build packaged it from npm, so
 * the page needs no network and no copy of the library lives in this repository. The board serves
 * the same bundle.
 */
public final class ChartLibrary {

    private static final String PROPERTIES = "charts.properties";

    private ChartLibrary() {}

    /** The version, for the page's credits. */
    static String version() {
        return properties().getProperty("echarts.version");
    }

    /** The minified bundle's source. */
    public static String bundle() {
        return resource(properties().getProperty("echarts.bundle"));
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = ChartLibrary.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROPERTIES);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String resource(String path) {
        try (InputStream in = ChartLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (the echarts jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
