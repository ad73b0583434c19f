package io.nabiz.engine.privacy;

/**
 * Telephone numbers in Turkish, German and international writing.
 *
 * <ul>
 *   <li>International: {@code +} or {@code 00}, a country code and the national number, with an
 *       optional trunk {@code (0)}: 8 to 15 digits in all (ITU-T E.164). Turkey ({@code +90}) needs
 *       the ten-digit national number of a landline or mobile ({@code 2…5}, {@code 8…}); Germany
 *       ({@code +49}) 7 to 12 digits after the country code.
 *   <li>National, with the trunk prefix: {@code 0} then a non-zero digit, 10 to 12 digits in all:
 *       {@code 0532 123 45 67}, {@code (0212) 555 12 34}, {@code 030 1234567}, {@code 0151
 *       23456789}.
 *   <li>A Turkish mobile number without its {@code 0}, written in groups: {@code 532 123 45 67}.
 * </ul>
 *
 * <p>A number without any of these shapes, such as an order number {@code 553369} or an ungrouped
 * {@code 5321234567}, stays visible.
 */
public final class PhoneNumbers extends NumberKind {

    private static final int E164_MIN = 8;
    private static final int E164_MAX = 15;
    private static final String TURKEY = "90";
    private static final String GERMANY = "49";
    private static final int TR_NATIONAL = 10;
    private static final int DE_NATIONAL_MIN = 7;
    private static final int DE_NATIONAL_MAX = 12;
    private static final int NATIONAL_MIN = 10;
    private static final int NATIONAL_MAX = 12;
    private static final int GROUPED_MOBILE_MIN_GROUPS = 3;

    public PhoneNumbers() {
        super(Placeholder.PHONE);
    }

    @Override
    boolean matches(DigitRun run, int first, int last) {
        String d = run.digits(first, last);
        if (run.plusBefore(first)) {
            return international(d);
        }
        if (d.startsWith("00")) {
            return international(d.substring(2));
        }
        if (d.charAt(0) == '0') {
            return d.length() >= NATIONAL_MIN && d.length() <= NATIONAL_MAX;
        }
        return d.length() == TR_NATIONAL
                && d.charAt(0) == '5'
                && last - first + 1 >= GROUPED_MOBILE_MIN_GROUPS;
    }

    private static boolean international(String e164) {
        // One digit more than E.164 allows: the trunk "(0)" some people write after the code.
        if (e164.length() < E164_MIN || e164.length() > E164_MAX + 1 || e164.charAt(0) == '0') {
            return false;
        }
        if (e164.startsWith(TURKEY)) {
            String national = withoutTrunk(e164.substring(TURKEY.length()));
            return national.length() == TR_NATIONAL && "23458".indexOf(national.charAt(0)) >= 0;
        }
        if (e164.startsWith(GERMANY)) {
            String national = withoutTrunk(e164.substring(GERMANY.length()));
            return national.length() >= DE_NATIONAL_MIN
                    && national.length() <= DE_NATIONAL_MAX
                    && national.charAt(0) != '0';
        }
        return e164.length() <= E164_MAX;
    }

    /** Drops the trunk {@code 0} that people write after the country code: {@code +49 (0)30 …}. */
    private static String withoutTrunk(String national) {
        return national.startsWith("0") ? national.substring(1) : national;
    }
}
