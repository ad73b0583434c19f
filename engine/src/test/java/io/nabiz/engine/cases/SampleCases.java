package io.nabiz.engine.cases;

import io.nabiz.engine.alert.Action;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Evidence;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The bundled sample case base, and alerts built the way the rules build them, for tests. */
final class SampleCases {

    static final CaseTerms VOCABULARY = CaseTerms.loadDefault();

    private SampleCases() {}

    static List<Case> cases() {
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(
                                SampleCases.class.getResourceAsStream(
                                        "/config/samples/cases.jsonl"),
                                StandardCharsets.UTF_8))) {
            return new CaseCodec(VOCABULARY.aspectNames()).read(lines, "cases.jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCasesException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A searcher over {@code cases} in memory. */
    static CaseSearcher searcher(List<Case> cases, CaseRetrieval retrieval) throws IOException {
        CaseAnalysis analysis =
                retrieval.projectAnalysis() ? CaseAnalysis.project() : CaseAnalysis.plain();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        CaseIndex.write(dir, cases, analysis, VOCABULARY);
        return new CaseSearcher(DirectoryReader.open(dir), retrieval, analysis, VOCABULARY);
    }

    /** One event of an incident on {@code key} with the given sample mentions. */
    static Alert alert(
            IncidentKey key,
            Instant openedAt,
            int seq,
            AlertState state,
            Instant windowEnd,
            long count,
            String lang,
            String... samples) {
        ArrayList<Sample> evidence = new ArrayList<>();
        for (int i = 0; i < samples.length; i++) {
            evidence.add(
                    new Sample(
                            key.brand() + "-" + seq + "-" + i,
                            Channel.CHAT,
                            windowEnd.minusSeconds(60),
                            lang,
                            -0.8,
                            0,
                            samples[i],
                            1));
        }
        return new Alert(
                Alert.VERSION,
                Alert.incidentId("volume-spike", key, openedAt),
                seq,
                key,
                "volume-spike",
                List.of("volume-spike"),
                Severity.HIGH,
                state,
                count + " mentions in 15 min",
                openedAt,
                windowEnd.minusSeconds(300),
                windowEnd,
                new Figures(
                        count,
                        3,
                        6,
                        4,
                        0.8,
                        0.1,
                        1000,
                        count,
                        new TreeMap<>(Map.of("chat", count))),
                new Evidence(evidence, new TreeMap<>(), new TreeMap<>(), count, windowEnd, 0),
                new Action("investigate-spike", "Confirm the spike", List.of("Read the samples")));
    }
}
