package io.nabiz.engine.cases.bench;

import io.nabiz.engine.alert.Action;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Evidence;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.alert.SimilarCase;
import io.nabiz.engine.cases.Case;
import io.nabiz.engine.cases.CaseBase;
import io.nabiz.engine.cases.CaseCodec;
import io.nabiz.engine.cases.CaseLibrary;
import io.nabiz.engine.cases.CaseTerms;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What attaching similar cases costs per alert, on one thread: the query built from the alert's
 * key, samples and terms, analysed and run against a case base on disk, as {@code
 * SimilarCasesAttacher} does it. {@code copies} scales the bundled sample base (96 cases) up to see
 * how the cost grows. Run with {@code scripts/bench-cases}; it prints figures and asserts nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class CaseLookupBenchmark {

    @Param({"1", "100"})
    public int copies;

    private Path dir;
    private CaseLibrary library;
    private List<Alert> alerts;
    private int next;

    @Setup
    public void setUp() throws Exception {
        CaseTerms vocabulary = CaseTerms.loadDefault();
        List<Case> sample;
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(
                                CaseLookupBenchmark.class.getResourceAsStream(
                                        "/config/samples/cases.jsonl"),
                                StandardCharsets.UTF_8))) {
            sample = new CaseCodec(vocabulary.aspectNames()).read(lines, "cases.jsonl");
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (Case c : sample) {
                cases.add(
                        new Case(
                                c.id() + "-" + i,
                                c.lang(),
                                c.brand(),
                                c.aspect(),
                                c.title(),
                                c.text(),
                                c.resolution(),
                                c.resolvedAt(),
                                c.by()));
            }
        }
        dir = Files.createTempDirectory("case-bench-");
        CaseBase base = new CaseBase(dir, vocabulary);
        base.publish(cases);
        library = new CaseLibrary(base, vocabulary, Duration.ofSeconds(30), System::nanoTime);
        alerts =
                List.of(
                        alert(
                                "yildizmarket",
                                "delivery",
                                "tr",
                                Map.of("kargo", 11L, "teslim", 7L),
                                "Kargo nerede? Sipariş numaram 393130, hala teslim edilmedi",
                                "Kargom 3 gündür gelmedi, kimse bilgi vermiyor",
                                "Siparişim hâlâ yolda görünüyor, rezalet",
                                "Kargo takip hep aynı yerde, teslim edilmedi",
                                "Paketim nerede? Bir haftadır bekliyorum"),
                        alert(
                                "nordtel",
                                "billing",
                                "de",
                                Map.of("rechnung", 16L, "lastschrift", 9L),
                                "Rechnung falsch, Lastschrift zweimal eingezogen. Frechheit!",
                                "Warum steht auf meiner Rechnung ein Roaming-Betrag?",
                                "Doppelt abgebucht, ich will mein Geld zurück",
                                "Gebühr für nichts berechnet, ich gehe zur Verbraucherzentrale",
                                "Abbuchung ohne Grund, Kundenservice nicht erreichbar"));
    }

    @TearDown
    public void tearDown() throws Exception {
        library.close();
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public List<SimilarCase> similarCasesOfOneAlert() throws Exception {
        Alert a = alerts.get(next++ % alerts.size());
        return library.similar(a, 3);
    }

    private static Alert alert(
            String brand, String aspect, String lang, Map<String, Long> terms, String... texts) {
        Instant end = Instant.parse("2026-11-20T09:45:00Z");
        IncidentKey key = new IncidentKey(brand, aspect);
        ArrayList<Sample> samples = new ArrayList<>();
        for (String t : texts) {
            samples.add(
                    new Sample("m" + samples.size(), Channel.SOCIAL, end, lang, -0.8, 100, t, 1));
        }
        return new Alert(
                Alert.VERSION,
                Alert.incidentId("volume-spike", key, end),
                1,
                key,
                "volume-spike",
                List.of("volume-spike"),
                Severity.CRITICAL,
                AlertState.ESCALATED,
                "51 mentions in 15 min",
                end,
                end.minusSeconds(300),
                end,
                new Figures(
                        51,
                        6.8,
                        9,
                        7.5,
                        0.78,
                        0.1,
                        100000,
                        50,
                        new TreeMap<>(Map.of("social", 51L))),
                new Evidence(samples, new TreeMap<>(), new TreeMap<>(terms), 51, end, 0),
                new Action("investigate-spike", "Confirm", List.of("Read the samples")));
    }
}
