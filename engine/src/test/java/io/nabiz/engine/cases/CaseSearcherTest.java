package io.nabiz.engine.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CaseSearcherTest {

    private static List<Case> cases;
    private static CaseSearcher engine;

    @BeforeAll
    static void index() throws Exception {
        cases = SampleCases.cases();
        engine = SampleCases.searcher(cases, CaseRetrieval.ANALYSIS_AND_MAPPINGS);
    }

    private static List<String> ids(CaseSearcher searcher, String text, String lang, String brand)
            throws Exception {
        return searcher.search(CaseQuery.of(text, lang, brand), 3).stream()
                .map(h -> h.found().id())
                .toList();
    }

    @Test
    void aTurkishDeliveryComplaintFindsTheDeliveryCaseFirstAlsoWithoutDiacritics()
            throws Exception {
        String written = "Kargom üç gündür gelmedi, siparişim hâlâ teslim edilmedi";
        String plain = "kargom uc gundur gelmedi, siparisim hala teslim edilmedi";
        assertEquals("tr-del-01", ids(engine, written, "tr", "yildizmarket").get(0));
        assertEquals("tr-del-01", ids(engine, plain, "tr", "yildizmarket").get(0));
        assertEquals("tr-del-01", ids(engine, "KARGOM HÂLÂ GELMEDİ", "tr", null).get(0));
    }

    @Test
    void withAndWithoutDiacriticsATurkishTextIsIndexedAlike() {
        CaseAnalysis analysis = CaseAnalysis.project();
        List<String> expected =
                List.of(
                        "kargo", "uc", "gundu", "!gundu", "gel", "!gel", "sipar", "hala", "tesli",
                        "!tesli", "edil", "!edil");
        assertEquals(
                expected,
                CaseAnalysis.indexTerms(
                        analysis.terms(
                                "tr", "Kargom üç gündür gelmedi, sipariş hâlâ teslim edilmedi")));
        assertEquals(
                expected,
                CaseAnalysis.indexTerms(
                        analysis.terms(
                                "tr", "kargom uc gundur gelmedi, siparis hala teslim edilmedi")));
        // Composed and decomposed â, dotted and dotless capitals.
        assertEquals(
                CaseAnalysis.indexTerms(analysis.terms("tr", "hâlâ İADE ISRAR")),
                CaseAnalysis.indexTerms(analysis.terms("tr", "ha\u0302la\u0302 iade ısrar")));
        assertEquals(List.of(), CaseAnalysis.indexTerms(analysis.terms("tr", "")));
    }

    @Test
    void negatedWordsAreIndexedBothPlainAndMarked() {
        CaseAnalysis analysis = CaseAnalysis.project();
        assertEquals(
                List.of("paket", "ist", "nicht", "angekomm", "!angekomm"),
                CaseAnalysis.indexTerms(analysis.terms("de", "Paket ist nicht angekommen!")));
        assertEquals(
                List.of("paket", "ist", "angekomm"),
                CaseAnalysis.indexTerms(analysis.terms("de", "Paket ist angekommen")));
    }

    @Test
    void germanCompoundsFindTheirParts() throws Exception {
        assertTrue(
                CaseAnalysis.indexTerms(CaseAnalysis.project().terms("de", "Lieferverzögerung"))
                        .contains("verzogerung"));
        assertEquals(
                "de-del-01",
                ids(engine, "Lieferverzögerung, die Sendungsverfolgung steht", "de", null).get(0));
    }

    @Test
    void aWordTheIndexDoesNotKnowIsMatchedWithinOneEdit() throws Exception {
        assertEquals(
                "de-net-04",
                ids(engine, "WLAN Routr verlirt die Verbindng", "de", "nordtel").get(0));
    }

    @Test
    void aGermanComplaintFindsTheTurkishCaseThroughAspectAndConcepts() throws Exception {
        String text =
                "Der Zusteller hat mein Paket beim Nachbarn abgegeben, ohne Bescheid zu sagen.";
        assertTrue(ids(engine, text, "de", "kaufwerk").contains("tr-del-02"));
        CaseSearcher plain = SampleCases.searcher(cases, CaseRetrieval.PLAIN_BM25);
        assertTrue(!ids(plain, text, "de", "kaufwerk").contains("tr-del-02"), "words alone do not");
    }

    @Test
    void theBrandAloneMakesNothingSimilar() throws Exception {
        assertEquals(List.of(), ids(engine, "", "tr", "yildizmarket"));
        assertEquals(List.of(), ids(engine, "?!", "tr", "yildizmarket"));
    }
}
