package io.nabiz.engine.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseBaseTest {

    private static final Case ROAMING_SMS =
            new Case(
                    "c-sms",
                    "en",
                    "brightwave",
                    "billing",
                    "Premium SMS charges on the bill",
                    "My bill has premium SMS charges for a quiz service I never subscribed to.",
                    "Quiz provider barred and premium SMS charges credited.",
                    Instant.parse("2026-02-01T12:00:00Z"),
                    "ops");

    private static List<String> top(CaseLibrary library, String text) throws Exception {
        return library.searcher().orElseThrow().search(CaseQuery.of(text, "en", null), 3).stream()
                .map(h -> h.found().id())
                .toList();
    }

    @Test
    void aReaderSwitchesToANewVersionWhenItNextLooksWithoutARestart(@TempDir Path dir)
            throws Exception {
        CaseBase base = new CaseBase(dir, SampleCases.VOCABULARY);
        AtomicLong clock = new AtomicLong();
        try (CaseLibrary library =
                new CaseLibrary(base, SampleCases.VOCABULARY, Duration.ofSeconds(30), clock::get)) {
            assertEquals(Optional.empty(), library.searcher(), "nothing published yet");

            assertEquals("v-000001", base.publish(SampleCases.cases()));
            clock.addAndGet(Duration.ofSeconds(30).toNanos());
            String text = "premium sms quiz charges on my bill";
            assertTrue(!top(library, text).contains("c-sms"));
            assertEquals(Optional.of("v-000001"), library.version());

            assertEquals(List.of(ROAMING_SMS), base.append(List.of(ROAMING_SMS)));
            assertEquals(Optional.of("v-000002"), base.currentVersion());
            clock.addAndGet(Duration.ofSeconds(29).toNanos());
            assertEquals(Optional.of("v-000001"), library.version(), "not looked yet");
            assertTrue(!top(library, text).contains("c-sms"));

            clock.addAndGet(Duration.ofSeconds(1).toNanos());
            assertEquals("c-sms", top(library, text).get(0));
            assertEquals(Optional.of("v-000002"), library.version());
        }
    }

    @Test
    void appendingKnownCasesAddsNothingAndOldVersionsArePruned(@TempDir Path dir) throws Exception {
        CaseBase base = new CaseBase(dir, SampleCases.VOCABULARY);
        base.publish(List.of());
        assertEquals(List.of(ROAMING_SMS), base.append(List.of(ROAMING_SMS, ROAMING_SMS)));
        assertEquals(List.of(), base.append(List.of(ROAMING_SMS)));
        assertEquals(Optional.of("v-000002"), base.currentVersion(), "no version for nothing");
        assertEquals(List.of(ROAMING_SMS), base.cases());

        base.publish(List.of());
        base.publish(List.of());
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(
                    List.of("v-000002", "v-000003", "v-000004"),
                    entries.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith("v-"))
                            .sorted()
                            .toList());
        }
        assertEquals(Optional.of("v-000004"), base.currentVersion());
    }
}
