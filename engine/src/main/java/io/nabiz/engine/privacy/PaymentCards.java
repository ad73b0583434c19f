package io.nabiz.engine.privacy;

/**
 * Payment card numbers: 13 to 19 digits that start like an issuer's range (2 to 6 for the
 * international schemes, {@code 9792} for Troy) and pass the Luhn check (ISO/IEC 7812-1).
 */
public final class PaymentCards extends NumberKind {

    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;
    private static final String TROY_PREFIX = "9792";

    public PaymentCards() {
        super(Placeholder.CARD);
    }

    @Override
    boolean matches(DigitRun run, int first, int last) {
        int count = run.digitCount(first, last);
        if (count < MIN_DIGITS || count > MAX_DIGITS) {
            return false;
        }
        String digits = run.digits(first, last);
        char lead = digits.charAt(0);
        boolean issuer = (lead >= '2' && lead <= '6') || digits.startsWith(TROY_PREFIX);
        return issuer && luhn(digits);
    }

    /** The Luhn check: every second digit from the right doubled, the sum a multiple of ten. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
