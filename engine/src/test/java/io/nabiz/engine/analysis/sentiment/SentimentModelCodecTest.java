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
        SentimentModelCodec.write(new SentimentModel("tr", labels, settings, w, 0.8, 0.7), out);

        SentimentModel read = SentimentModelCodec.read(new ByteArrayInputStream(out.toByteArray()));

        assertEquals("tr", read.lang());
        assertEquals(labels, read.labels());
        assertEquals(settings, read.settings());
        assertEquals(0.8, read.temperature());
        assertEquals(0.7, read.priorGate());
        float step = 1.5f / Short.MAX_VALUE;
        for (int i = 0; i < w.length; i++) {
            assertEquals(w[i], read.weights()[i], step, "weight " + i);
        }
    }

    @Test
    void aModelWrittenBeforeGatesLoadsWithThePriorAlwaysApplied() throws IOException {
        FeatureSettings settings = new FeatureSettings(10, 3, 5, true, true, true, false);
        List<SentimentLabel> labels = List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);
        float[] w = new float[settings.buckets() * labels.size()];
        w[3] = 0.5f;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SentimentModelCodec.write(new SentimentModel("de", labels, settings, w, 0.8, 0.7), out);
        // The same file as version 2 wrote it: that version number, and no gate after the
        // temperature.
        byte[] raw =
                new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())).readAllBytes();
        byte[] temperatureThenGate = ByteBuffer.allocate(16).putDouble(0.8).putDouble(0.7).array();
        int at = indexOf(raw, temperatureThenGate);
        ByteArrayOutputStream v2 = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(v2)) {
            ByteBuffer header = ByteBuffer.wrap(raw, 0, 8);
            gz.write(ByteBuffer.allocate(8).putInt(header.getInt()).putInt(2).array());
            gz.write(raw, 8, at); // up to and with the temperature
            gz.write(raw, at + 16, raw.length - at - 16);
        }

        SentimentModel read = SentimentModelCodec.read(new ByteArrayInputStream(v2.toByteArray()));

        assertEquals(ServicePriors.ALWAYS, read.priorGate());
        assertEquals(0.8, read.temperature());
        assertEquals(0.5f, read.weights()[3], 1e-4);
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
