package io.nabiz.engine.analysis.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits run-together hashtag words at case and digit changes: {@code KargoRezalet} → kargo,
 * rezalet.
 */
public final class CamelCase {

    private CamelCase() {}

    /** The parts of {@code word}; a word without an inner capital or digit change is one part. */
    public static List<String> split(CharSequence word) {
        List<String> parts = new ArrayList<>(2);
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            char prev = word.charAt(i - 1);
            char c = word.charAt(i);
            // A single leading lower-case letter is a brand's style (iPhone, eBay), not a word.
            boolean caseChange =
                    Character.isLowerCase(prev) && Character.isUpperCase(c) && i - start > 1;
            boolean digitChange = Character.isDigit(prev) != Character.isDigit(c);
            if (caseChange || digitChange) {
                parts.add(word.subSequence(start, i).toString());
                start = i;
            }
        }
        parts.add(word.subSequence(start, word.length()).toString());
        return parts;
    }
}
