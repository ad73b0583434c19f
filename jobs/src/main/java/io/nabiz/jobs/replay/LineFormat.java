package io.nabiz.jobs.replay;

import io.nabiz.jobs.serde.DecodedRecord;
import java.io.BufferedInputStream;
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
        private final InputStream in;
        private byte[] line = new byte[512];
        private int length;
        private long lineNumber;

        Reader(InputStream in) {
            this.in = new BufferedInputStream(in, 1 << 16);
        }

        @Override
        public DecodedRecord read() throws IOException {
            while (readLine()) {
                if ((lineNumber == 1 && decoder.skipsHeader()) || length == 0) {
                    continue; // a header or an empty line is not a record
                }
                return decoder.decode(
                        Arrays.copyOf(line, length), "file:" + fileName + ":" + lineNumber);
            }
            return null;
        }

        /** Reads the next line, without its terminator, into {@code line}; false at the end. */
        private boolean readLine() throws IOException {
            length = 0;
            int b = in.read();
            if (b < 0) {
                return false;
            }
            for (; b >= 0 && b != '\n'; b = in.read()) {
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = (byte) b;
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            lineNumber++;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
