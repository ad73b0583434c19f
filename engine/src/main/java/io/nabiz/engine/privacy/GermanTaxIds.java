package io.nabiz.engine.privacy;

/**
 * German tax identification numbers (steuerliche Identifikationsnummer): eleven digits, the first
 * not zero, in whose first ten one digit occurs two or three times and every other at most once,
 * and whose eleventh is the ISO/IEC 7064 MOD 11,10 check digit of the first ten.
 *
 * <p>Structure and check digit as the Bundeszentralamt für Steuern specifies them (§ 139b AO).
 */
public final class GermanTaxIds extends CheckDigitNumber {

    private static final int DIGITS = 11;

    public GermanTaxIds() {
        super(Placeholder.DE_TAX_ID, DIGITS);
    }

    @Override
    boolean checks(String digits) {
        int[] occurrences = new int[10];
        for (int i = 0; i < 10; i++) {
            occurrences[digits.charAt(i) - '0']++;
        }
        int repeated = 0;
        for (int count : occurrences) {
            if (count > 3) {
                return false;
            }
            if (count >= 2) {
                repeated++;
            }
        }
        return repeated == 1 && digits.charAt(10) - '0' == checkDigit(digits);
    }

    /** ISO/IEC 7064 MOD 11,10 over the first ten digits. */
    static int checkDigit(String digits) {
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
