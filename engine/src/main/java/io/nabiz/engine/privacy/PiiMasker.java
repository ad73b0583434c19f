package io.nabiz.engine.privacy;

import java.util.regex.Pattern;

/**
 * Masks personal data in text shown as alert evidence: e-mail addresses, IBANs, card numbers,
 * Turkish identity numbers and phone numbers.
 *
 * <p>Order matters: IBANs and card numbers are long digit runs that the phone pattern would
 * otherwise half-mask.
 */
public final class PiiMasker {

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern IBAN =
            Pattern.compile("\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\\b");
    private static final Pattern CARD = Pattern.compile("\\b(?:\\d[ -]?){12,18}\\d\\b");
    private static final Pattern TR_IDENTITY = Pattern.compile("\\b[1-9]\\d{10}\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])\\+?\\d[\\d ()/-]{7,}\\d\\b");

    private PiiMasker() {}

    public static String mask(String text) {
        String masked = EMAIL.matcher(text).replaceAll("[email]");
        masked = IBAN.matcher(masked).replaceAll("[iban]");
        masked = CARD.matcher(masked).replaceAll("[card]");
        masked = TR_IDENTITY.matcher(masked).replaceAll("[id]");
        return PHONE.matcher(masked).replaceAll("[phone]");
    }
}
