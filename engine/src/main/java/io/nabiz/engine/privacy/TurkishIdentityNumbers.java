package io.nabiz.engine.privacy;

/**
 * Turkish identity numbers (T.C. kimlik no): eleven digits, the first not zero, the tenth and
 * eleventh check digits of the first nine and ten.
 *
 * <p>Check digits as the population registry defines them: d10 = (7 × (d1 + d3 + d5 + d7 + d9) −
 * (d2 + d4 + d6 + d8)) mod 10, and d11 = (d1 + … + d10) mod 10.
 */
public final class TurkishIdentityNumbers extends CheckDigitNumber {

    private static final int DIGITS = 11;

    public TurkishIdentityNumbers() {
        super(Placeholder.TR_IDENTITY, DIGITS);
    }

    @Override
    boolean checks(String digits) {
        int[] d = new int[DIGITS];
        for (int i = 0; i < DIGITS; i++) {
            d[i] = digits.charAt(i) - '0';
        }
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        int tenth = Math.floorMod(odd * 7 - even, 10);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += d[i];
        }
        return d[9] == tenth && d[10] == sum % 10;
    }
}
