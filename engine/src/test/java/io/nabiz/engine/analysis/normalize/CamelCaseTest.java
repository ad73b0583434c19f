package io.nabiz.engine.analysis.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CamelCaseTest {

    @Test
    void splitsAtCaseAndDigitChanges() {
        assertEquals(List.of("Kargo", "Rezalet"), CamelCase.split("KargoRezalet"));
        assertEquals(List.of("iPhone", "15"), CamelCase.split("iPhone15"));
        assertEquals(List.of("tvduell"), CamelCase.split("tvduell"));
        assertEquals(List.of("TÜRKTELEKOM"), CamelCase.split("TÜRKTELEKOM"));
    }
}
