package io.nabiz.engine.analysis.discourse;

import io.nabiz.engine.analysis.discourse.SignalWords.Kind;
import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TokenTypes;
import java.util.List;
import java.util.Objects;

/**
 * Finds the {@link Signal}s of an analysed message from its words, punctuation and the lexicon
 * valence of each word.
 *
 * <p>A question is a question word or particle (Turkish {@code ne zaman}, {@code mi}) or an
 * interrogative that opens a sentence ({@code wie}, {@code can I}), but not a question word right
 * before a conditional verb, which opens a correlative clause ({@code nasıl biliyorsa öyle
 * yapsın}); a bare {@code ?} is not, since in tweets it is mostly rhetorical ({@code ernsthaft?}).
 * Why-questions are left out, since {@code neden hâlâ gelmedi?} is a complaint, and so are messages
 * with an emoji, which is a mood. The negated word must head the negation's scope, intensifiers
 * aside ({@code not too bad}, {@code gar nicht so übel}); an "again", a negative emoji or a
 * question ({@code yazık değil mi?}) rules litotes out. Sarcasm is an opening burst of praise
 * ({@code Harika,}, {@code Na toll,}) followed by bad news, a negative emoji or an "again". Litotes
 * is a negated negative word with no plain negative one: {@code hiç sorun yaşamadım} yes, {@code
 * sorun yok ama kargo gelmedi} no. An intensifier is never the judged word ({@code kesinlikle
 * almayın} judges nothing with {@code kesinlikle}); a fixed expression whose negation judges
 * nothing ({@code kusura bakmayın}, {@code yok artık bu kadar kötü olamaz}) holds no litotes up to
 * its clause's end, while {@code sorun yok artık} keeps its own; a negated negative after praise
 * and a contrast is a reservation, not approval ({@code tatlı ama baskın değil}), and so is one
 * after an exception ({@code şarjı dışında başka sıkıntısı yok}), while a complaint before a
 * contrast leaves the litotes after it standing ({@code geç geldi ama hiç de kötü değil}); and
 * advice against buying ({@code paranıza yazık}, {@code tavsiye etmiyorum}) rules litotes out.
 * Resolution and thanks count only outside a negation's scope ({@code hâlâ çözülmedi} is not
 * resolved). Time spent waiting ({@code for three days}, {@code seit Tagen}, {@code günlerdir},
 * {@code 40 minutes late}) is overdue like a {@code still not}: nobody counts the days of a service
 * that works; a {@code still not} about the customer's own doing ({@code henüz denemedim}) is not.
 */
public final class SignalDetector {

    /** Praise opens the message in at most this many words before its first punctuation. */
    private static final int MAX_OPENER_WORDS = 3;

    private static final String SENTENCE_ENDS = ".!?";

    /**
     * Litotes needs a negated word at least this negative ({@code not bad}, not {@code don't
     * forget}), and a plain word this negative rules it out; weaker ones do not, since negators
     * themselves carry a little negative valence in AFINN ({@code no}, {@code nein}).
     */
    private static final float STRONG_VALENCE = 2f;

    private final SignalWords words;

    public SignalDetector(SignalWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /**
     * The signals of {@code terms} as bits, {@code 1 << signal.ordinal()}.
     *
     * @param valences the lexicon valence of each term's stem, as {@link
     *     io.nabiz.engine.analysis.sentiment.SentimentLexicon#valences} gives them
     */
    public int detect(List<Term> terms, float[] valences) {
        boolean question = false;
        // A question word waits for the next word: before a conditional it asks nothing.
        boolean questionWordBefore = false;
        boolean questionBeforeIt = false;
        boolean why = false;
        boolean request = false;
        boolean resolved = false;
        boolean thanks = false;
        boolean sarcasmPhrase = false;
        boolean again = false;
        boolean still = false;
        boolean overdue = false;
        boolean opener = false;
        boolean openerClosed = false;
        boolean plainNegative = false;
        // A contrast gives what follows the last word: "geç geldi ama hiç de kötü değil".
        boolean complaintSinceContrast = false;
        boolean negatedNegative = false;
        // A fixed expression voids litotes from its first word to its clause's end.
        boolean idiom = false;
        boolean praised = false;
        boolean reservation = false;
        boolean warning = false;
        // Litotes is the negation's head word: "not (too) bad", not "must not be intimidated".
        boolean scopeHead = false;
        boolean previousNegated = false;
        boolean negatedPositive = false;
        boolean negativeEmoji = false;
        boolean emoji = false;
        boolean clauseStart = true;
        int firstClauseWords = 0;
        boolean inFirstClause = true;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String s = t.surface();
            if (isPunctuation(s)) {
                // The praise must be all of the first clause: "Harika, …", not "Yapısı çok güzel
                // ama …".
                if (inFirstClause && opener && firstClauseWords <= MAX_OPENER_WORDS) {
                    openerClosed = true;
                }
                inFirstClause = false;
                // A comma goes on with the sentence: "Voll geschmacklos, was …" is no question.
                clauseStart = SENTENCE_ENDS.indexOf(s.charAt(0)) >= 0;
                idiom = false;
                if (clauseStart) {
                    praised = false;
                    reservation = false;
                }
                still = false;
                previousNegated = false;
                questionWordBefore = false;
                continue;
            }
            if (t.compoundPart()) {
                continue;
            }
            int kinds = words.kindsAt(terms, i);
            if (inFirstClause) {
                firstClauseWords++;
                opener |= firstClauseWords <= MAX_OPENER_WORDS && is(kinds, Kind.SARCASM_OPENER);
            }
            negativeEmoji |= s.equals(TokenTypes.NEGATIVE_EMOJI_TERM);
            emoji |=
                    s.equals(TokenTypes.NEGATIVE_EMOJI_TERM)
                            || s.equals(TokenTypes.POSITIVE_EMOJI_TERM);
            if (questionWordBefore && words.isConditional(s)) {
                question = questionBeforeIt;
            }
            questionWordBefore = is(kinds, Kind.QUESTION_WORD);
            questionBeforeIt = question;
            question |= questionWordBefore || is(kinds, Kind.QUESTION);
            question |= clauseStart && is(kinds, Kind.INTERROGATIVE);
            why |= is(kinds, Kind.COMPLAINT_QUESTION);
            request |= is(kinds, Kind.REQUEST);
            sarcasmPhrase |= is(kinds, Kind.SARCASM);
            again |= is(kinds, Kind.AGAIN);
            // The customer's own pending doing answers the "still": hâlâ karar veremiyorum.
            still &= !is(kinds, Kind.OWN_ACTION);
            overdue |= (still && t.negated()) || is(kinds, Kind.WAITING);
            still |= is(kinds, Kind.STILL);
            if (!t.negated()) {
                resolved |= is(kinds, Kind.RESOLVED);
                thanks |= is(kinds, Kind.THANKS);
            }
            idiom |= is(kinds, Kind.IDIOM);
            warning |= is(kinds, Kind.WARNING);
            if (is(kinds, Kind.CONTRAST)) {
                reservation |= praised;
                complaintSinceContrast = false;
            }
            reservation |= is(kinds, Kind.EXCEPTION);
            float v = valences[i];
            boolean intensifier = is(kinds, Kind.INTENSIFIER);
            if (t.negated()) {
                scopeHead |= !previousNegated;
                negatedNegative |=
                        scopeHead && !intensifier && !idiom && !reservation && v <= -STRONG_VALENCE;
                scopeHead &= intensifier;
                negatedPositive |= v > 0;
                complaintSinceContrast |= v > 0;
            } else {
                // An intensifier is no opinion, whatever word its stem shares (kesin/kesinti).
                plainNegative |= !intensifier && v <= -STRONG_VALENCE;
                complaintSinceContrast |= !intensifier && v <= -STRONG_VALENCE;
                praised |= v >= STRONG_VALENCE;
            }
            clauseStart = false;
            previousNegated = t.negated();
        }
        boolean badNews = plainNegative || negatedPositive || negativeEmoji || again;
        boolean sarcasm = sarcasmPhrase || (opener && openerClosed && badNews && !resolved);
        int bits = 0;
        // An emoji is a mood: "wie fandet ihr's? :-)" asks for nothing.
        bits |= bit(Signal.QUESTION, question && !why && !emoji);
        bits |= bit(Signal.REQUEST, request);
        bits |= bit(Signal.RESOLVED, resolved);
        bits |= bit(Signal.THANKS, thanks && !sarcasmPhrase);
        bits |= bit(Signal.OVERDUE, overdue);
        bits |= bit(Signal.SARCASM, sarcasm);
        bits |= bit(Signal.WARNING, warning);
        // "Again" marks a recurring problem: "went up again without any warning" is no praise.
        bits |=
                bit(
                        Signal.LITOTES,
                        negatedNegative
                                && !warning
                                && !complaintSinceContrast
                                && !again
                                && !negativeEmoji
                                && !question);
        return bits;
    }

    public static boolean has(int bits, Signal signal) {
        return (bits & (1 << signal.ordinal())) != 0;
    }

    private static boolean is(int kinds, Kind kind) {
        return (kinds & (1 << kind.ordinal())) != 0;
    }

    private static int bit(Signal signal, boolean on) {
        return on ? 1 << signal.ordinal() : 0;
    }

    private static boolean isPunctuation(String surface) {
        char c = surface.isEmpty() ? ' ' : surface.charAt(0);
        return ".,;:!?".indexOf(c) >= 0;
    }
}
