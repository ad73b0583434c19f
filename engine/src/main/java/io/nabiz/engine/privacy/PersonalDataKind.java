package io.nabiz.engine.privacy;

import java.util.List;

/**
 * One kind of personal data: finds its occurrences in a text, each one validated (checksum or
 * structure) rather than guessed from its shape alone.
 */
public interface PersonalDataKind {

    /** Adds a span for every occurrence in {@code text} to {@code found}. */
    void find(String text, List<Span> found);
}
