package io.nabiz.engine.analysis.token;

import java.util.Objects;

/**
 * One analysed word of a message.
 *
 * @param surface the normalised form: lower-cased, folded, placeholders substituted, not stemmed
 * @param stem the stemmed form the model's word features use
 * @param negated whether the word lies in a negation's scope
 * @param compoundPart whether the word is a part the decompounder found inside the previous word
 */
public record Term(String surface, String stem, boolean negated, boolean compoundPart) {

    public Term {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(stem, "stem");
    }

    /** The stem as {@code --explain} shows it: negated stems get a leading {@code !}. */
    public String display() {
        return negated ? "!" + stem : stem;
    }
}
