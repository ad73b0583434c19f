package io.nabiz.engine.analysis.negation;

/**
 * A language's rules for which tokens of a message a negation covers.
 *
 * <p>Implementations see the whole message at once because scope runs both ways: English and German
 * negators reach forward ({@code not working}), Turkish negation sits on the verb at the end of the
 * clause and reaches back ({@code hiç sorun yaşamadım}).
 */
public interface NegationRules {

    /**
     * Sets {@code negated[i]} for every token inside a negation's scope; may rewrite {@code
     * terms[i]} when the negation is part of the word itself (Turkish {@code gelmedi} → {@code
     * gel}).
     *
     * @param terms the lower-cased terms, rewritable
     * @param clauseEnds true where a token closes a clause (sentence punctuation), which ends scope
     * @param negated all false on entry
     */
    void mark(String[] terms, boolean[] clauseEnds, boolean[] negated);
}
