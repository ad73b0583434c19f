package io.nabiz.jobs.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.baseline.HourlyPeaks;
import io.nabiz.engine.baseline.SeasonalBaseline;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.rule.SpanHistory;
import io.nabiz.engine.rule.TermRates;
import io.nabiz.engine.window.WindowStats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputViewStreamWrapper;
import org.junit.jupiter.api.Test;

class KeyHistorySerializerTest {

    private static final KeyHistorySerializer SERIALIZER = KeyHistorySerializer.INSTANCE;

    /** Doubles the arithmetic can make, and the ones it should not but state must keep anyway. */
    private static final double[] ODD_DOUBLES = {
        0.0,
        -0.0,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        -Double.MAX_VALUE,
        1e-300,
        -7.25
    };

    private static final long[] ODD_LONGS = {
        0, -1, 1, 127, 128, -64, -65, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE
    };

    private static final String[] WORDS = {
        "",
        "kargo",
        "ışık",
        "İade",
        "Straße",
        "gemu\u0308se",
        "gemüse",
        "😡",
        "a\u0000b",
        "x".repeat(300)
    };

    @Test
    void aRandomHistoryComesBackAsItWent() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 3000; i++) {
            KeyHistory h = random(random);
            String json = Json.MAPPER.writeValueAsString(h);
            byte[] bytes = bytes(h);

            KeyHistory back = SERIALIZER.deserialize(new DataInputDeserializer(bytes));

            assertEquals(json, Json.MAPPER.writeValueAsString(back), "history " + i);
            assertArrayEquals(bytes, bytes(back), "history " + i + " writes the same bytes again");
        }
    }

    /**
     * Whether the random histories reach every null and every season: else the test proves less.
     */
    @Test
    void theRandomHistoriesCoverNullsAndEverySeason() {
        SplittableRandom random = new SplittableRandom(7);
        TreeSet<Integer> bucketCounts = new TreeSet<>();
        int nullCounts = 0;
        int nullSpans = 0;
        int nullPeaks = 0;
        for (int i = 0; i < 3000; i++) {
            KeyHistory h = random(random);
            if (h.count == null) {
                nullCounts++;
            } else if (h.count.bucketMean != null) {
                bucketCounts.add(h.count.bucketMean.length);
            }
            if (h.spans != null) {
                for (SpanHistory s : h.spans.values()) {
                    nullSpans += s == null ? 1 : 0;
                    nullPeaks += s != null && s.peaks != null && s.peaks.peaks == null ? 1 : 0;
                }
            }
        }
        assertEquals(List.of(1, 24, 168), List.copyOf(bucketCounts));
        assertTrue(nullCounts > 100 && nullSpans > 50 && nullPeaks > 50);
    }

    @Test
    void aHistoryTheEngineLearntComesBackAsItWent() throws IOException {
        for (KeyHistory h : KeyHistories.all(3)) {
            KeyHistory back = SERIALIZER.deserialize(new DataInputDeserializer(bytes(h)));
            assertEquals(Json.MAPPER.writeValueAsString(h), Json.MAPPER.writeValueAsString(back));
        }
    }

    /**
     * A field added to a state class is lost by a format that does not know it, and the random
     * histories would not notice: it must be added to the format, as a new version.
     */
    @Test
    void theFormatKnowsEveryFieldOfTheStateClasses() {
        assertEquals(
                Set.of(
                        "count",
                        "negativeShare",
                        "privateMean",
                        "privateVariance",
                        "socialMean",
                        "socialVariance",
                        "recentReach",
                        "termMeans",
                        "recentCounts",
                        "spans",
                        "firingStreaks",
                        "firstWindowEnd",
                        "lastWindowEnd",
                        "incidentId",
                        "openingRule",
                        "playbook",
                        "openedAt",
                        "seq",
                        "severity",
                        "lastReportedCount",
                        "peakCount",
                        "peakAt",
                        "quietWindows",
                        "cooldownUntil",
                        "triggers",
                        "streakNoise",
                        "budgetLeft",
                        "budgetAt"),
                fields(KeyHistory.class));
        assertEquals(
                Set.of(
                        "mean",
                        "variance",
                        "seen",
                        "bucketMean",
                        "bucketVariance",
                        "bucketSeen",
                        "auto",
                        "explained"),
                fields(SeasonalBaseline.class));
        assertEquals(Set.of("count", "peaks"), fields(SpanHistory.class));
        assertEquals(Set.of("peaks", "newestHour"), fields(HourlyPeaks.class));
        assertEquals(Set.of("terms", "means", "size"), fields(TermRates.class));
    }

    private static Set<String> fields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName)
                .collect(Collectors.toSet());
    }

    @Test
    void aHistoryWrittenToAStreamIsTheOneWrittenToMemory() throws IOException {
        KeyHistory h = KeyHistories.all(2).get(2);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        SERIALIZER.serialize(h, new DataOutputViewStreamWrapper(stream));
        SERIALIZER.serialize(h, new DataOutputViewStreamWrapper(stream));

        byte[] once = bytes(h);
        DataInputDeserializer in = new DataInputDeserializer(stream.toByteArray());
        DataOutputSerializer copied = new DataOutputSerializer(64);
        SERIALIZER.copy(in, copied);
        SERIALIZER.copy(in, copied);

        assertEquals(2 * once.length, stream.size());
        assertArrayEquals(stream.toByteArray(), copied.getCopyOfBuffer());
    }

    @Test
    void aCopySharesNothingWithItsOriginal() throws IOException {
        KeyHistory h = KeyHistories.all(2).get(2);
        String json = Json.MAPPER.writeValueAsString(h);
        KeyHistory copy = SERIALIZER.copy(h);
        assertNotSame(h, copy);
        copy.spans.firstEntry().getValue().peaks.peaks[0] += 1;
        copy.count.bucketMean[0] += 1;
        copy.recentCounts.add(1L);
        assertEquals(json, Json.MAPPER.writeValueAsString(h));
    }

    @Test
    void aNullElementFailsTheWriteInsteadOfBeingMisread() {
        KeyHistory h = new KeyHistory();
        h.recentCounts.add(null);
        assertThrows(NullPointerException.class, () -> bytes(h));
    }

    @Test
    void takesOverJsonStateOfKeyHistoriesAndWindowFiguresOnly() throws IOException {
        assertTakesOverJsonStateOf(KeyHistory.class, KeyHistorySerializer.INSTANCE);
        assertTakesOverJsonStateOf(WindowStats.class, WindowStatsSerializer.INSTANCE);
    }

    @Test
    void anUnknownFormatVersionFailsTheRestore() {
        TypeSerializerSnapshot<KeyHistory> snapshot = SERIALIZER.snapshotConfiguration();
        assertThrows(
                IOException.class,
                () ->
                        snapshot.readSnapshot(
                                snapshot.getCurrentVersion() + 1,
                                new DataInputDeserializer(new byte[0]),
                                getClass().getClassLoader()));
    }

    private static <T> void assertTakesOverJsonStateOf(Class<T> type, TypeSerializer<T> binary)
            throws IOException {
        TypeSerializerSnapshot<T> snapshot = binary.snapshotConfiguration();
        assertTrue(
                snapshot.resolveSchemaCompatibility(Snapshots.written(snapshot)).isCompatibleAsIs(),
                "its own state");
        assertTrue(
                snapshot.resolveSchemaCompatibility(
                                Snapshots.written(
                                        new JsonStateSerializer<>(type).snapshotConfiguration()))
                        .isCompatibleAfterMigration(),
                "JSON state of " + type.getSimpleName());
        @SuppressWarnings({"unchecked", "rawtypes"})
        TypeSerializerSnapshot<T> other =
                (TypeSerializerSnapshot)
                        new JsonStateSerializer<>(String.class).snapshotConfiguration();
        assertTrue(
                snapshot.resolveSchemaCompatibility(Snapshots.written(other)).isIncompatible(),
                "JSON state of another class");
        @SuppressWarnings({"unchecked", "rawtypes"})
        TypeSerializerSnapshot<T> accumulators =
                (TypeSerializerSnapshot)
                        WindowAccumulatorSerializer.INSTANCE.snapshotConfiguration();
        assertTrue(
                snapshot.resolveSchemaCompatibility(Snapshots.written(accumulators))
                        .isIncompatible(),
                "binary state of another class");
    }

    private static byte[] bytes(KeyHistory h) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(256);
        SERIALIZER.serialize(h, out);
        return out.getCopyOfBuffer();
    }

    /** A history with every field at random: null, empty or full, odd values included. */
    private static KeyHistory random(SplittableRandom r) {
        KeyHistory h = new KeyHistory();
        h.count = r.nextInt(8) == 0 ? null : baseline(r);
        h.negativeShare = aDouble(r);
        h.privateMean = aDouble(r);
        h.privateVariance = aDouble(r);
        h.socialMean = aDouble(r);
        h.socialVariance = aDouble(r);
        h.recentReach = r.nextInt(8) == 0 ? null : longs(r);
        h.termMeans = r.nextInt(8) == 0 ? null : termRates(r);
        h.recentCounts = r.nextInt(8) == 0 ? null : longs(r);
        if (r.nextInt(8) == 0) {
            h.spans = null;
        } else {
            for (int i = r.nextInt(4); i > 0; i--) {
                h.spans.put(word(r), r.nextInt(10) == 0 ? null : span(r));
            }
        }
        if (r.nextInt(8) == 0) {
            h.firingStreaks = null;
        } else {
            for (int i = r.nextInt(4); i > 0; i--) {
                h.firingStreaks.put(word(r), (int) aLong(r));
            }
        }
        h.firstWindowEnd = aLong(r);
        h.lastWindowEnd = aLong(r);
        h.incidentId = aString(r);
        h.openingRule = aString(r);
        h.playbook = aString(r);
        h.openedAt = aLong(r);
        h.seq = (int) aLong(r);
        h.severity = aString(r);
        h.lastReportedCount = aLong(r);
        h.peakCount = aLong(r);
        h.peakAt = aLong(r);
        h.quietWindows = (int) aLong(r);
        h.cooldownUntil = aLong(r);
        if (r.nextInt(8) == 0) {
            h.triggers = null;
        } else {
            for (int i = r.nextInt(4); i > 0; i--) {
                h.triggers.add(word(r));
            }
        }
        h.streakNoise = aDouble(r);
        h.budgetLeft = aDouble(r);
        h.budgetAt = aLong(r);
        return h;
    }

    private static SeasonalBaseline baseline(SplittableRandom r) {
        SeasonalBaseline.Season[] seasons = SeasonalBaseline.Season.values();
        SeasonalBaseline b = SeasonalBaseline.create(seasons[r.nextInt(seasons.length)]);
        b.mean = aDouble(r);
        b.variance = aDouble(r);
        b.seen = aLong(r);
        b.explained = aDouble(r);
        b.auto ^= r.nextInt(4) == 0;
        for (int i = 0; i < b.bucketMean.length; i++) {
            // Runs of untouched buckets between learnt ones, as a young key's are.
            if (r.nextInt(3) == 0) {
                b.bucketMean[i] = aDouble(r);
                b.bucketVariance[i] = aDouble(r);
                b.bucketSeen[i] = (int) aLong(r);
            }
        }
        b.bucketMean = r.nextInt(10) == 0 ? null : b.bucketMean;
        b.bucketVariance = r.nextInt(10) == 0 ? null : b.bucketVariance;
        b.bucketSeen = r.nextInt(10) == 0 ? null : b.bucketSeen;
        return b;
    }

    private static SpanHistory span(SplittableRandom r) {
        SpanHistory s = new SpanHistory();
        s.count = r.nextInt(6) == 0 ? null : baseline(r);
        if (r.nextInt(6) == 0) {
            s.peaks = null;
            return s;
        }
        s.peaks = new HourlyPeaks();
        s.peaks.newestHour = aLong(r);
        int density = r.nextInt(4); // none, few, many or all hours non-zero
        for (int i = 0; i < s.peaks.peaks.length; i++) {
            if (r.nextInt(3) < density) {
                s.peaks.peaks[i] = aLong(r);
            }
        }
        s.peaks.peaks = r.nextInt(10) == 0 ? null : s.peaks.peaks;
        return s;
    }

    private static TermRates termRates(SplittableRandom r) {
        TreeMap<String, Double> means = new TreeMap<>();
        for (int i = r.nextInt(3) == 0 ? 0 : r.nextInt(101); i > 0; i--) {
            means.put(word(r) + i, aDouble(r));
        }
        return TermRates.of(means);
    }

    private static ArrayList<Long> longs(SplittableRandom r) {
        ArrayList<Long> l = new ArrayList<>();
        for (int i = r.nextInt(3) == 0 ? 0 : r.nextInt(20); i > 0; i--) {
            l.add(aLong(r));
        }
        return l;
    }

    private static double aDouble(SplittableRandom r) {
        return r.nextBoolean()
                ? ODD_DOUBLES[r.nextInt(ODD_DOUBLES.length)]
                : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-5, 12));
    }

    private static long aLong(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> ODD_LONGS[r.nextInt(ODD_LONGS.length)];
            case 1 -> r.nextLong(-1000, 1000);
            default -> r.nextLong();
        };
    }

    private static String aString(SplittableRandom r) {
        return r.nextInt(3) == 0 ? null : word(r);
    }

    private static String word(SplittableRandom r) {
        return WORDS[r.nextInt(WORDS.length)] + (r.nextBoolean() ? "" : r.nextInt(1000));
    }
}
