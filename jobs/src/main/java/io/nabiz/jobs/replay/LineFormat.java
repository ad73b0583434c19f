package io.nabiz.jobs.replay;

import io.nabiz.jobs.serde.DecodedRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * A file read line by line into decoded records, each dead letter naming its line: {@code
 * file:NAME:LINE}.
 *
 * <p>The format is not splittable, so one reader sees the whole file in order and can count lines;
 * the file source decompresses {@code .gz} by its extension. Lines are kept as bytes, not decoded
 * as text, so a line with invalid UTF-8 reaches the codec (and the dead letter) unchanged.
 */
public final class LineFormat extends SimpleStreamFormat<DecodedRecord> {

    private final String fileName;
    private final LineDecoder decoder;

    public LineFormat(String fileName, LineDecoder decoder) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public StreamFormat.Reader<DecodedRecord> createReader(
            Configuration config, FSDataInputStream stream) {
        return new Reader(stream);
    }

    @Override
    public TypeInformation<DecodedRecord> getProducedType() {
        return TypeInformation.of(DecodedRecord.class);
    }

    private final class Reader implements StreamFormat.Reader<DecodedRecord> {
        private static final int BUFFER_BYTES = 1 << 16;

        private final InputStream in;
        private final String origin = "file:" + fileName + ":";
        private final byte[] buffer = new byte[BUFFER_BYTES];
        private int position;
        private int limit;
        private byte[] line = new byte[512];
        private int length;
        private long lineNumber;

        Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public DecodedRecord read() throws IOException {
            while (readLine()) {
                if ((lineNumber == 1 && decoder.skipsHeader()) || length == 0) {
                    continue; // a header or an empty line is not a record
                }
                return decoder.decode(Arrays.copyOf(line, length), origin + lineNumber);
            }
            return null;
        }

        /**
         * Reads the next line, without its terminator, into {@code line}; false at the end.
         *
         * <p>Scans a buffer of its own for the line feed: reading byte by byte from a {@code
         * BufferedInputStream} takes its lock once per byte, which showed up as a tenth of a
         * replay's time.
         */
        private boolean readLine() throws IOException {
            length = 0;
            boolean read = false;
            while (true) {
                if (position == limit) {
                    int n = in.read(buffer, 0, buffer.length);
                    if (n < 0) {
                        break;
                    }
                    position = 0;
                    limit = n;
                    continue;
                }
                read = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                append(position, end);
                if (end < limit) {
                    position = end + 1;
                    break;
                }
                position = limit;
            }
            if (!read) {
                return false;
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            lineNumber++;
            return true;
        }

        private void append(int from, int to) {
            int n = to - from;
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(buffer, from, line, length, n);
            length += n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
