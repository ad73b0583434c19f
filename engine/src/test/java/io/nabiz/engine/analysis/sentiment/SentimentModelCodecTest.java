package io.nabiz.engine.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.SentimentLabel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SentimentModelCodecTest {

    @Test
    void roundTripKeepsWeightsWithinQuantisationError() throws IOException {
        FeatureSettings settings = new FeatureSettings(10, 3, 5, true, true, true, false);
        List<SentimentLabel> labels = List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);
        float[] w = new float[settings.buckets() * labels.size()];
        w[0] = 1.5f;
        w[7] = -0.25f;
        w[w.length - 1] = 0.001f;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SentimentModelCodec.write(
                new SentimentModel("tr", labels, settings, w, 0.8, 0.7, 0.6), out);

        SentimentModel read = SentimentModelCodec.read(new ByteArrayInputStream(out.toByteArray()));

        assertEquals("tr", read.lang());
        assertEquals(labels, read.labels());
        assertEquals(settings, read.settings());
        assertEquals(0.8, read.temperature());
        assertEquals(0.7, read.priorGate());
        assertEquals(0.6, read.stanceGate());
        float step = 1.5f / Short.MAX_VALUE;
        for (int i = 0; i < w.length; i++) {
            assertEquals(w[i], read.weights()[i], step, "weight " + i);
        }
    }

    @Test
    void aModelWrittenBeforeGatesLoadsWithThePriorsAlwaysApplied() throws IOException {
        SentimentModel read = SentimentModelCodec.read(asWrittenBy(2, 0));

        assertEquals(ServicePriors.ALWAYS, read.priorGate());
        assertEquals(ServicePriors.ALWAYS, read.stanceGate());
        assertEquals(0.8, read.temperature());
        assertEquals(0.5f, read.weights()[3], 1e-4);
    }

    @Test
    void aModelWrittenBeforeTheStanceGateKeepsItsPriorGate() throws IOException {
        SentimentModel read = SentimentModelCodec.read(asWrittenBy(3, 1));

        assertEquals(0.7, read.priorGate());
        assertEquals(ServicePriors.ALWAYS, read.stanceGate());
        assertEquals(0.8, read.temperature());
        assertEquals(0.5f, read.weights()[3], 1e-4);
    }

    /**
     * A model (temperature 0.8, gates 0.7 and 0.6) as an older {@code version} wrote it: that
     * version number, and only the first {@code gates} gates after the temperature.
     */
    private static ByteArrayInputStream asWrittenBy(int version, int gates) throws IOException {
        FeatureSettings settings = new FeatureSettings(10, 3, 5, true, true, true, false);
        List<SentimentLabel> labels = List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);
        float[] w = new float[settings.buckets() * labels.size()];
        w[3] = 0.5f;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SentimentModelCodec.write(
                new SentimentModel("de", labels, settings, w, 0.8, 0.7, 0.6), out);
        byte[] raw =
                new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())).readAllBytes();
        byte[] temperatureThenGates =
                ByteBuffer.allocate(24).putDouble(0.8).putDouble(0.7).putDouble(0.6).array();
        int at = indexOf(raw, temperatureThenGates);
        int kept = at + Double.BYTES * (1 + gates);
        int skipped = at + temperatureThenGates.length;
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(old)) {
            ByteBuffer header = ByteBuffer.wrap(raw, 0, 8);
            gz.write(ByteBuffer.allocate(8).putInt(header.getInt()).putInt(version).array());
            gz.write(raw, 8, kept - 8);
            gz.write(raw, skipped, raw.length - skipped);
        }
        return new ByteArrayInputStream(old.toByteArray());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
