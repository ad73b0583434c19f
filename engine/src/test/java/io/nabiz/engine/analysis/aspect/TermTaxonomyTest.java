package io.nabiz.engine.analysis.aspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.analysis.token.Term;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermTaxonomyTest {

    @Test
    void defaultTaxonomyHasTheRequiredCategoriesInFileOrder() {
        TermTaxonomy taxonomy = TermTaxonomy.loadDefault();
        assertEquals(
                List.of(
                        "delivery",
                        "billing",
                        "app",
                        "service",
                        "price",
                        "network",
                        "product",
                        "account"),
                List.copyOf(taxonomy.aspects().keySet()));
        assertEquals(
                List.of("churn", "legal", "escalation"), List.copyOf(taxonomy.cues().keySet()));
    }

    @Test
    void rejectsATaxonomyThatBreaksTheSchema() {
        String yaml =
                "v: 1\naspects:\n  delivery:\n    tr: [kargo]\ncues:\n  churn:\n    xx: [iptal]\n";
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                TermTaxonomy.read(
                                        new ByteArrayInputStream(
                                                yaml.getBytes(StandardCharsets.UTF_8)),
                                        "test.yaml"));
        assertTrue(e.getMessage().startsWith("test.yaml does not match"), e.getMessage());
        assertTrue(e.getMessage().contains("billing"), e.getMessage());
    }

    @Test
    void wholeWordStemsDoNotMatchLongerWords() {
        TermTagger tagger =
                new TermTagger(
                        Map.of("app", Map.of("en", List.of("app$"), "de", List.of("app$"))),
                        (lang, stem) -> stem,
                        Set.of("de"));
        assertEquals(List.of("app"), tagger.tag(List.of(term("app")), "en"));
        assertEquals(List.of(), tagger.tag(List.of(term("appreciate")), "en"));
        assertEquals(List.of(), tagger.tag(List.of(term("handyapp")), "de"));
    }

    @Test
    void sectionsAreTaggedApartInOneWalk() {
        TermTagger tagger =
                new TermTagger(
                        List.of(
                                Map.of("billing", Map.of("en", List.of("bill", "charg"))),
                                Map.of(
                                        "churn", Map.of("en", List.of("cancel")),
                                        "billing", Map.of("en", List.of("refund$")))),
                        (lang, stem) -> stem,
                        Set.of());
        assertEquals(
                List.of(List.of("billing"), List.of("churn")),
                tagger.tagSections(List.of(term("charged"), term("cancelling")), "en"));
        assertEquals(
                List.of(List.of(), List.of("billing")),
                tagger.tagSections(List.of(term("refund")), "en"));
        assertEquals(List.of(List.of(), List.of()), tagger.tagSections(List.of(), "en"));
    }

    @Test
    void compoundingLanguagesMatchStemsInsideLongWords() {
        TermTagger tagger =
                new TermTagger(
                        Map.of("billing", Map.of("de", List.of("rechnung"), "en", List.of("bill"))),
                        (lang, stem) -> stem,
                        Set.of("de"));
        assertEquals(List.of("billing"), tagger.tag(List.of(term("handyrechnung")), "de"));
        assertEquals(List.of("billing"), tagger.tag(List.of(term("abrechnungen")), "de"));
        // Not from the second letter on, and not in a language that does not compound.
        assertEquals(List.of(), tagger.tag(List.of(term("xrechnung")), "de"));
        assertEquals(List.of(), tagger.tag(List.of(term("overbilled")), "en"));
    }

    @Test
    void prefixStemsMatchInflectedWords() {
        TermTagger tagger =
                new TermTagger(
                        Map.of("delivery", Map.of("tr", List.of("kargo"))),
                        (lang, stem) -> stem,
                        Set.of());
        assertEquals(List.of("delivery"), tagger.tag(List.of(term("kargom")), "tr"));
        assertEquals(List.of("delivery"), tagger.tag(List.of(term("kargom")), "und"));
        assertEquals(List.of(), tagger.tag(List.of(term("karg")), "tr"));
    }

    private static Term term(String surface) {
        return new Term(surface, surface, false, false);
    }
}
