package io.nabiz.engine.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseCodecTest {

    private final CaseCodec codec = new CaseCodec(SampleCases.VOCABULARY.aspectNames());

    private static final String GOOD =
            "{\"id\":\"c-1\",\"lang\":\"tr\",\"brand\":\"acme\",\"aspect\":\"delivery\","
                    + "\"title\":\"Kargo gecikti\",\"text\":\"Kargom gelmedi\","
                    + "\"resolution\":\"Kargo firmasıyla çözüldü\","
                    + "\"resolved_at\":\"2026-01-02T10:00:00Z\"}";

    private List<Case> read(String text) throws Exception {
        return codec.read(new BufferedReader(new StringReader(text)), "test.jsonl");
    }

    @Test
    void aCaseRoundTrips() throws Exception {
        Case c = read(GOOD).get(0);
        assertEquals(
                new Case(
                        "c-1",
                        "tr",
                        "acme",
                        "delivery",
                        "Kargo gecikti",
                        "Kargom gelmedi",
                        "Kargo firmasıyla çözüldü",
                        Instant.parse("2026-01-02T10:00:00Z"),
                        null),
                c);
        assertEquals(List.of(c), read(CaseCodec.encode(c) + "\n\n"));
    }

    @Test
    void everyBadLineIsNamedAndNothingIsReturned() {
        String text =
                String.join(
                        "\n",
                        GOOD,
                        "not json",
                        GOOD.replace("\"lang\":\"tr\"", "\"lang\":\"fr\""),
                        GOOD.replace("\"aspect\":\"delivery\"", "\"aspect\":\"weather\""),
                        GOOD.replace(",\"resolution\":\"Kargo firmasıyla çözüldü\"", ""),
                        GOOD);
        InvalidCasesException e = assertThrows(InvalidCasesException.class, () -> read(text));
        List<String> problems = e.problems();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("line 2: not JSON"), problems.get(0));
        assertTrue(problems.get(1).startsWith("line 3: /lang"), problems.get(1));
        assertTrue(problems.get(2).startsWith("line 4: /aspect: 'weather'"), problems.get(2));
        assertTrue(problems.get(3).matches("line 5: .*resolution.*"), problems.get(3));
        assertEquals("line 6: duplicate id 'c-1' (first on line 1)", problems.get(4));
    }

    @Test
    void theSampleBaseCoversEveryAspectInEveryLanguage() {
        List<Case> cases = SampleCases.cases();
        assertTrue(cases.size() >= 80, "at least 80 past incidents: " + cases.size());
        Map<String, Set<String>> aspectsByLang =
                cases.stream()
                        .collect(
                                Collectors.groupingBy(
                                        Case::lang,
                                        Collectors.mapping(Case::aspect, Collectors.toSet())));
        for (String lang : List.of("tr", "de", "en")) {
            assertEquals(SampleCases.VOCABULARY.aspectNames(), aspectsByLang.get(lang), lang);
        }
        Set<String> brands = cases.stream().map(Case::brand).collect(Collectors.toSet());
        assertTrue(brands.containsAll(Set.of("yildizmarket", "nordtel")), brands.toString());
    }
}
