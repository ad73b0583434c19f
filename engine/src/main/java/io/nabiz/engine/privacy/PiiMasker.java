package io.nabiz.engine.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces the personal data in a text by typed placeholders: URL secrets, e-mail addresses, IBANs,
 * street addresses, person names, payment cards, Turkish identity numbers, German tax ids and phone
 * numbers.
 *
 * <p>Each kind validates what it finds (checksum or structure), so an order number that fails every
 * check stays readable. Where two kinds claim the same characters the earlier in that order wins: a
 * URL's {@code email=} parameter is one secret, and an IBAN's digits are no phone number. Masking
 * is idempotent: placeholders contain nothing any kind finds.
 */
public final class PiiMasker {

    private static final List<PersonalDataKind> TEXT_KINDS =
            List.of(
                    new SecretUrls(),
                    new EmailAddresses(),
                    new Ibans(),
                    new StreetAddresses(),
                    new PersonNames());
    private static final List<NumberKind> NUMBER_KINDS =
            List.of(
                    new PaymentCards(),
                    new TurkishIdentityNumbers(),
                    new GermanTaxIds(),
                    new PhoneNumbers());

    /** The shortest text in which any kind could find anything: an e-mail such as a@b.tr. */
    private static final int MIN_CANDIDATE_CHARS = 6;

    private PiiMasker() {}

    public static String mask(String text) {
        if (text.length() < MIN_CANDIDATE_CHARS) {
            return text;
        }
        List<Span> found = new ArrayList<>();
        for (PersonalDataKind kind : TEXT_KINDS) {
            kind.find(text, found);
        }
        List<DigitRun> runs = DigitRun.find(text);
        if (!runs.isEmpty()) {
            for (NumberKind kind : NUMBER_KINDS) {
                kind.find(runs, found);
            }
        }
        if (found.isEmpty()) {
            return text;
        }
        return replace(text, kept(found));
    }

    /** The spans no earlier kind's span overlaps, in text order. */
    private static List<Span> kept(List<Span> found) {
        BitSet claimed = new BitSet();
        List<Span> kept = new ArrayList<>();
        for (Span s : found) {
            if (claimed.nextSetBit(s.start()) < 0 || claimed.nextSetBit(s.start()) >= s.end()) {
                claimed.set(s.start(), s.end());
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }

    private static String replace(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span s : spans) {
            out.append(text, at, s.start()).append(s.placeholder().text());
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
