package io.nabiz.jobs.serde;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * How a binary serializer writes its strings, each of which may be null. The format is part of a
 * state format's version: state written with one is read with the same.
 */
enum StringFormat {
    /**
     * Flink's {@link StringValue}: a char at a time, a call per byte, as the first binary state
     * formats wrote strings.
     */
    CHARS {
        @Override
        void write(String s, DataOutputView out) throws IOException {
            StringValue.writeString(s, out);
        }

        @Override
        String read(DataInputView in) throws IOException {
            return StringValue.readString(in);
        }

        @Override
        String readWord(DataInputView in) throws IOException {
            return CanonicalStrings.of(StringValue.readString(in));
        }

        /** A presence flag, then the string. */
        @Override
        void writeOptional(String s, DataOutputView out) throws IOException {
            out.writeBoolean(s != null);
            if (s != null) {
                StringValue.writeString(s, out);
            }
        }

        @Override
        String readOptionalWord(DataInputView in) throws IOException {
            return in.readBoolean() ? readWord(in) : null;
        }
    },

    /** UTF-8 bytes copied in bulk ({@link BinaryFields#writeUtf8}). */
    UTF8 {
        @Override
        void write(String s, DataOutputView out) throws IOException {
            BinaryFields.writeUtf8(s, out);
        }

        @Override
        String read(DataInputView in) throws IOException {
            return BinaryFields.readUtf8(in);
        }

        @Override
        String readWord(DataInputView in) throws IOException {
            return CanonicalStrings.readUtf8(in);
        }

        @Override
        void writeOptional(String s, DataOutputView out) throws IOException {
            write(s, out);
        }

        @Override
        String readOptionalWord(DataInputView in) throws IOException {
            return readWord(in);
        }
    };

    abstract void write(String s, DataOutputView out) throws IOException;

    abstract String read(DataInputView in) throws IOException;

    /**
     * A string that repeats across records (a brand, an aspect, a term, a language), as one
     * instance per thread ({@link CanonicalStrings}).
     */
    abstract String readWord(DataInputView in) throws IOException;

    /**
     * A string that is often null (a key's language or channel): {@link #CHARS} wrote a presence
     * flag before it, {@link #UTF8} needs none.
     */
    abstract void writeOptional(String s, DataOutputView out) throws IOException;

    /** A word {@link #writeOptional} wrote, or null. */
    abstract String readOptionalWord(DataInputView in) throws IOException;
}
