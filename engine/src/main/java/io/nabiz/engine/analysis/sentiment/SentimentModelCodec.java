package io.nabiz.engine.analysis.sentiment;

import io.nabiz.engine.analysis.SentimentLabel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes {@link SentimentModel}s compactly: gzip, only buckets with a non-zero weight,
 * bucket gaps as var-ints and weights quantised to 16 bits against the largest magnitude.
 *
 * <p>Quantisation error (largest weight / 32767) is far below what changes a prediction.
 */
public final class SentimentModelCodec {

    private static final int MAGIC = 0x4e425a53; // "NBZS"
    private static final int VERSION = 4;

    /**
     * Models written before the stance gate; they still load, with the litotes and threat priors
     * always applied.
     */
    private static final int VERSION_WITHOUT_STANCE_GATE = 3;

    /** Models written before the prior gate; they still load, with the prior always applied. */
    private static final int VERSION_WITHOUT_GATE = 2;

    private static final int QUANT_LEVELS = Short.MAX_VALUE;

    private SentimentModelCodec() {}

    public static void write(SentimentModel model, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        float[] w = model.weights();
        int k = model.labels().size();
        FeatureSettings s = model.settings();
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeUTF(model.lang());
        data.writeByte(k);
        for (SentimentLabel label : model.labels()) {
            data.writeUTF(label.name());
        }
        data.writeByte(s.hashBits());
        data.writeByte(s.charMin());
        data.writeByte(s.charMax());
        data.writeBoolean(s.crossWordChars());
        data.writeBoolean(s.wordBigrams());
        data.writeBoolean(s.lexicon());
        data.writeBoolean(s.signals());
        data.writeDouble(model.temperature());
        data.writeDouble(model.priorGate());
        data.writeDouble(model.stanceGate());
        float max = 0;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        float step = max == 0 ? 1 : max / QUANT_LEVELS;
        data.writeFloat(step);
        List<Integer> used = new ArrayList<>();
        for (int b = 0; b < s.buckets(); b++) {
            for (int c = 0; c < k; c++) {
                if (Math.round(w[b * k + c] / step) != 0) {
                    used.add(b);
                    break;
                }
            }
        }
        data.writeInt(used.size());
        int previous = 0;
        for (int b : used) {
            writeVarInt(data, b - previous);
            previous = b;
            for (int c = 0; c < k; c++) {
                data.writeShort(Math.round(w[b * k + c] / step));
            }
        }
        data.flush();
        gz.finish();
    }

    public static SentimentModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Nabız sentiment model");
        }
        int version = data.readInt();
        if (version != VERSION
                && version != VERSION_WITHOUT_STANCE_GATE
                && version != VERSION_WITHOUT_GATE) {
            throw new IOException("unsupported sentiment model version " + version);
        }
        String lang = data.readUTF();
        int k = data.readByte();
        List<SentimentLabel> labels = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            labels.add(SentimentLabel.valueOf(data.readUTF()));
        }
        FeatureSettings s =
                new FeatureSettings(
                        data.readByte(),
                        data.readByte(),
                        data.readByte(),
                        data.readBoolean(),
                        data.readBoolean(),
                        data.readBoolean(),
                        data.readBoolean());
        double temperature = data.readDouble();
        // A model fitted before gates existed applied the question prior always.
        double priorGate =
                version >= VERSION_WITHOUT_STANCE_GATE ? data.readDouble() : ServicePriors.ALWAYS;
        double stanceGate = version >= VERSION ? data.readDouble() : ServicePriors.ALWAYS;
        float step = data.readFloat();
        float[] w = new float[s.buckets() * k];
        int used = data.readInt();
        int bucket = 0;
        for (int i = 0; i < used; i++) {
            bucket += readVarInt(data);
            for (int c = 0; c < k; c++) {
                w[bucket * k + c] = data.readShort() * step;
            }
        }
        return new SentimentModel(lang, labels, s, w, temperature, priorGate, stanceGate);
    }

    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7f) != 0) {
            out.writeByte((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
