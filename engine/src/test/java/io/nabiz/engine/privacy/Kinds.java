package io.nabiz.engine.privacy;

import java.util.ArrayList;
import java.util.List;

/** Masks a text with one kind alone, so each kind's test sees only what that kind finds. */
final class Kinds {

    private Kinds() {}

    static String maskWith(PersonalDataKind kind, String text) {
        List<Span> found = new ArrayList<>();
        kind.find(text, found);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : found) {
            out.append(text, at, s.start()).append(s.placeholder().text());
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
