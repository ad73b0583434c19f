package io.nabiz.jobs.serde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Readers and writers of the field kinds the binary state serializers share: nullable strings as
 * UTF-8, variable-length integers, lists of counts, and arrays that are mostly zeros.
 *
 * <p>Variable-length integers take one byte for values under 128, where a key's counts and streaks
 * mostly are; signed values are zig-zag coded first, so small negatives are short too.
 */
final class BinaryFields {

    private BinaryFields() {}

    /**
     * A string that may be null as its UTF-8 bytes, copied in bulk: its byte count plus one (0 for
     * null), then the bytes. For text that crosses the network per record: {@link StringValue}
     * writes and reads a char at a time, a call per byte, which was the window operator's largest
     * single cost in reading its input.
     */
    static void writeUtf8(String value, DataOutputView out) throws IOException {
        if (value == null) {
            writeSize(0, out);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeSize(bytes.length + 1, out);
        out.write(bytes);
    }

    static String readUtf8(DataInputView in) throws IOException {
        int n = readUtf8Length(in);
        return n < 0 ? null : readUtf8(in, n);
    }

    /** The byte count {@link #writeUtf8} wrote before a string's bytes; -1 for null. */
    static int readUtf8Length(DataInputView in) throws IOException {
        return readSize(in) - 1;
    }

    /** The string of the next {@code n} UTF-8 bytes. */
    static String readUtf8(DataInputView in, int n) throws IOException {
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A non-negative int (a size or a run length) in 1–5 bytes. */
    static void writeSize(int n, DataOutputView out) throws IOException {
        if (n < 0) {
            throw new IOException("negative size " + n);
        }
        writeVarLong(n, out);
    }

    static int readSize(DataInputView in) throws IOException {
        long n = readVarLong(in);
        if (n > Integer.MAX_VALUE) {
            throw new IOException("size " + n + " out of range");
        }
        return (int) n;
    }

    /** Any long in 1–10 bytes, short when it is small in magnitude. */
    static void writeSigned(long v, DataOutputView out) throws IOException {
        writeVarLong((v << 1) ^ (v >> 63), out);
    }

    static long readSigned(DataInputView in) throws IOException {
        long z = readVarLong(in);
        return (z >>> 1) ^ -(z & 1);
    }

    static int readSignedInt(DataInputView in) throws IOException {
        long v = readSigned(in);
        if (v != (int) v) {
            throw new IOException("int " + v + " out of range");
        }
        return (int) v;
    }

    /** Seven bits a byte, lowest first; the top bit says another byte follows. */
    private static void writeVarLong(long v, DataOutputView out) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputView in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.readByte();
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new IOException("variable-length integer longer than 10 bytes");
    }

    /** Counts (none of them null: the engine sums them), each signed variable-length. */
    static void writeLongs(List<Long> values, DataOutputView out) throws IOException {
        writeSize(values.size(), out);
        for (long v : values) {
            writeSigned(v, out);
        }
    }

    static <L extends List<Long>> L readLongs(DataInputView in, L into) throws IOException {
        int n = readSize(in);
        for (int i = 0; i < n; i++) {
            into.add(readSigned(in));
        }
        return into;
    }

    /** Writes the slot at an index of an array. */
    private interface SlotWriter {
        void write(int i) throws IOException;
    }

    /** Reads the slot at an index of an array. */
    private interface SlotReader {
        void read(int i) throws IOException;
    }

    /**
     * An array of {@code length} slots as alternating runs: the number of zero slots, the number of
     * slots that follow written one by one, those slots, and so on to the end. A ring of hourly
     * peaks or the buckets of a young seasonal baseline is mostly zeros and costs a few bytes; a
     * full one costs two bytes more than its slots.
     */
    private static void writeRuns(
            int length, IntPredicate zero, SlotWriter slot, DataOutputView out) throws IOException {
        writeSize(length, out);
        int i = 0;
        while (i < length) {
            int zeros = i;
            while (i < length && zero.test(i)) {
                i++;
            }
            int literal = i;
            while (i < length && !zero.test(i)) {
                i++;
            }
            writeSize(literal - zeros, out);
            writeSize(i - literal, out);
            for (int j = literal; j < i; j++) {
                slot.write(j);
            }
        }
    }

    /** Reads the runs of an array of {@code length} slots whose zero slots are already zero. */
    private static void readRuns(int length, SlotReader slot, DataInputView in) throws IOException {
        long i = 0;
        while (i < length) {
            i += readSize(in);
            long end = i + readSize(in);
            if (end > length) {
                throw new IOException("runs beyond an array of " + length + " slots");
            }
            for (; i < end; i++) {
                slot.read((int) i);
            }
        }
    }

    static void writeLongArray(long[] a, DataOutputView out) throws IOException {
        writeRuns(a.length, i -> a[i] == 0, i -> writeSigned(a[i], out), out);
    }

    static long[] readLongArray(DataInputView in) throws IOException {
        long[] a = new long[readSize(in)];
        readRuns(a.length, i -> a[i] = readSigned(in), in);
        return a;
    }

    static void writeIntArray(int[] a, DataOutputView out) throws IOException {
        writeRuns(a.length, i -> a[i] == 0, i -> writeSigned(a[i], out), out);
    }

    static int[] readIntArray(DataInputView in) throws IOException {
        int[] a = new int[readSize(in)];
        readRuns(a.length, i -> a[i] = readSignedInt(in), in);
        return a;
    }

    /** Doubles as their exact bits; only positive zero counts as a zero slot. */
    static void writeDoubleArray(double[] a, DataOutputView out) throws IOException {
        writeRuns(
                a.length,
                i -> Double.doubleToRawLongBits(a[i]) == 0,
                i -> out.writeDouble(a[i]),
                out);
    }

    static double[] readDoubleArray(DataInputView in) throws IOException {
        double[] a = new double[readSize(in)];
        readRuns(a.length, i -> a[i] = in.readDouble(), in);
        return a;
    }
}
