package io.nabiz.engine.analysis.negation;

import java.util.Set;

/**
 * Negation by separate cue words ({@code not}, {@code nicht}, {@code kein}): the words after the
 * cue up to the clause's end, at most {@code maxScope} of them, are negated; a clause-final cue
 * ({@code funktioniert nicht}, {@code gefällt mir nicht}) negates the word before it instead.
 *
 * <p>The fixed-window scope follows Das and Chen (2001) and Pang et al. (2002), which work well for
 * short messages without a parser.
 */
public final class CueWordNegation implements NegationRules {

    private final Set<String> cues;
    private final Set<String> scopeBreakers;
    private final int maxScope;

    /**
     * @param cues the negating words, lower-cased as the analyzer emits them
     * @param scopeBreakers words that start a new clause ({@code but}, {@code aber})
     */
    public CueWordNegation(Set<String> cues, Set<String> scopeBreakers, int maxScope) {
        this.cues = Set.copyOf(cues);
        this.scopeBreakers = Set.copyOf(scopeBreakers);
        this.maxScope = maxScope;
    }

    @Override
    public void mark(String[] terms, boolean[] clauseEnds, boolean[] negated) {
        for (int i = 0; i < terms.length; i++) {
            if (!cues.contains(terms[i])) {
                continue;
            }
            int covered = 0;
            for (int j = i + 1; j < terms.length && covered < maxScope; j++) {
                if (ends(terms, clauseEnds, j) || cues.contains(terms[j])) {
                    break;
                }
                negated[j] = true;
                covered++;
            }
            if (covered == 0 && i > 0 && !ends(terms, clauseEnds, i - 1)) {
                negated[i - 1] = true;
            }
        }
    }

    private boolean ends(String[] terms, boolean[] clauseEnds, int i) {
        return clauseEnds[i] || scopeBreakers.contains(terms[i]);
    }
}
