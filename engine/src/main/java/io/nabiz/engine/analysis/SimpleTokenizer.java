package io.nabiz.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into lower-cased letter runs, with Turkish casing rules for Turkish text. */
public final class SimpleTokenizer {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    private SimpleTokenizer() {}

    public static List<String> tokens(String text, String lang) {
        // Turkish maps I to dotless ı and İ to i; the root locale would turn "KARGO İADE" wrong.
        String lower = text.toLowerCase("tr".equals(lang) ? TURKISH : Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); i++) {
            boolean letter = Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(lower.substring(start));
        }
        return out;
    }
}
