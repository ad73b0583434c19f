package io.nabiz.jobs.serde;

import static io.nabiz.jobs.serde.BinaryFields.readSize;
import static io.nabiz.jobs.serde.BinaryFields.readUtf8;
import static io.nabiz.jobs.serde.BinaryFields.writeSize;
import static io.nabiz.jobs.serde.BinaryFields.writeUtf8;
import static io.nabiz.jobs.serde.WindowStatsSerializer.CHANNELS;
import static io.nabiz.jobs.serde.WindowStatsSerializer.readInstant;
import static io.nabiz.jobs.serde.WindowStatsSerializer.readKey;
import static io.nabiz.jobs.serde.WindowStatsSerializer.writeInstant;
import static io.nabiz.jobs.serde.WindowStatsSerializer.writeKey;

import io.nabiz.engine.mention.Survey;
import io.nabiz.engine.window.AspectMention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Aspect mentions between the enrich step and the windows, field by field in binary.
 *
 * <p>Each mention crosses the network two to four times, once per aspect and for the brand as a
 * whole. Flink's record serializer builds each record through reflection and writes a null marker
 * per field; written out here, the window operator reads its input at a fraction of that cost. This
 * is a wire format only, never state.
 */
public final class AspectMentionSerializer extends TypeSerializerSingleton<AspectMention> {

    private static final long serialVersionUID = 1L;

    public static final AspectMentionSerializer INSTANCE = new AspectMentionSerializer();

    /** A survey score the response did not give. */
    private static final int NO_SCORE = -1;

    @Override
    public boolean isImmutableType() {
        // Records whose lists no function changes after the record is made.
        return true;
    }

    @Override
    public AspectMention createInstance() {
        return null;
    }

    @Override
    public AspectMention copy(AspectMention from) {
        return from;
    }

    @Override
    public AspectMention copy(AspectMention from, AspectMention reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(AspectMention m, DataOutputView out) throws IOException {
        writeKey(m.key(), out, StringFormat.UTF8);
        writeUtf8(m.id(), out);
        out.writeByte(m.channel().ordinal());
        writeInstant(m.ts(), out);
        writeUtf8(m.text(), out);
        out.writeLong(m.nearDuplicateHash());
        writeUtf8(m.author(), out);
        out.writeLong(m.reach());
        writeUtf8(m.lang(), out);
        out.writeDouble(m.sentimentScore());
        out.writeBoolean(m.negative());
        writeStrings(m.cues(), out);
        writeStrings(m.terms(), out);
        writeUtf8(m.customer(), out);
        Survey survey = m.survey();
        out.writeBoolean(survey != null);
        if (survey != null) {
            out.writeInt(survey.nps() == null ? NO_SCORE : survey.nps());
            out.writeInt(survey.csat() == null ? NO_SCORE : survey.csat());
        }
    }

    @Override
    public AspectMention deserialize(DataInputView in) throws IOException {
        return new AspectMention(
                readKey(in, StringFormat.UTF8),
                readUtf8(in),
                CHANNELS[in.readByte()],
                readInstant(in),
                readUtf8(in),
                in.readLong(),
                readUtf8(in),
                in.readLong(),
                CanonicalStrings.readUtf8(in),
                in.readDouble(),
                in.readBoolean(),
                readStrings(in),
                readStrings(in),
                readUtf8(in),
                in.readBoolean() ? new Survey(score(in.readInt()), score(in.readInt())) : null);
    }

    @Override
    public AspectMention deserialize(AspectMention reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    private static void writeStrings(List<String> strings, DataOutputView out) throws IOException {
        writeSize(strings.size(), out);
        for (String s : strings) {
            writeUtf8(s, out);
        }
    }

    private static List<String> readStrings(DataInputView in) throws IOException {
        int n = readSize(in);
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(CanonicalStrings.readUtf8(in));
        }
        return strings;
    }

    private static Integer score(int score) {
        return score == NO_SCORE ? null : score;
    }

    @Override
    public TypeSerializerSnapshot<AspectMention> snapshotConfiguration() {
        return new Snapshot();
    }

    /** For Flink, which asks every serializer for one; this one is never written to state. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<AspectMention> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
