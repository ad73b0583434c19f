package io.nabiz.engine.analysis.tr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurkishNegationTest {

    @ParameterizedTest
    @CsvSource({
        "gelmedi, 3",
        "begenmedim, 5",
        "calismiyor, 5",
        "gelmez, 3",
        "gelmemis, 3",
        "calismayan, 5",
        "olmayacak, 2",
        "sormadan, 3",
        "kalitesiz, 6",
        // Not negated: infinitive, plain past, and words that only look negated.
        "gelmek, 0",
        "geldi, 0",
        "tamam, 0",
        "namaz, 0",
        "mezun, 0",
        "simdi, 0"
    })
    void findsTheRootOfNegatedWords(String folded, int root) {
        assertEquals(root, TurkishNegation.negatedRootLength(folded));
    }
}
