package io.nabiz.engine.analysis.discourse;

/** What a customer message does besides expressing a mood, as far as its sentiment is concerned. */
public enum Signal {
    /** Asks for information ({@code kargom ne zaman gelir?}, {@code how do I …}). */
    QUESTION,
    /** Asks for an action ({@code lütfen}, {@code können Sie}, {@code could you}). */
    REQUEST,
    /** Reports a problem as solved ({@code çözüldü}, {@code läuft wieder}, {@code all sorted}). */
    RESOLVED,
    /** Thanks ({@code teşekkürler}, {@code danke}, {@code cheers}). */
    THANKS,
    /**
     * Something still not done ({@code hâlâ gelmedi}, {@code immer noch nicht angekommen}, {@code
     * still hasn't arrived}): the commonest complaint, whatever its verb.
     */
    OVERDUE,
    /** Praise that means the opposite ({@code Harika, kargom yine kayboldu 🙄}). */
    SARCASM,
    /**
     * A negated negative and no plain one: mild approval ({@code hiç de kötü değil}, {@code gar
     * nicht so übel}, {@code not too bad}).
     */
    LITOTES,
    /**
     * Advice against buying or using ({@code kesinlikle almayın}, {@code tavsiye etmiyorum}): a
     * complaint addressed to other customers, whatever its words.
     */
    WARNING
}
