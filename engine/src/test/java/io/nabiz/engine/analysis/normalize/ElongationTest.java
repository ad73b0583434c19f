package io.nabiz.engine.analysis.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ElongationTest {

    private static String collapse(String s, int keep) {
        char[] buffer = s.toCharArray();
        return new String(buffer, 0, Elongation.collapse(buffer, buffer.length, keep));
    }

    @Test
    void collapsesRunsOfThreeOrMore() {
        assertEquals("çok", collapse("çoooook", 1));
        assertEquals("so", collapse("sooo", 1));
        assertEquals("!!", collapse("!!!!!", 2));
    }

    @Test
    void leavesDoubledLettersAlone() {
        assertEquals("Schiff", collapse("Schiff", 1));
        assertEquals("good", collapse("good", 1));
    }
}
