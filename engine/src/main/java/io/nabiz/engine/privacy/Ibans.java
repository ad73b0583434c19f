package io.nabiz.engine.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * International bank account numbers of every country in the IBAN registry: the country's exact
 * length, written in one piece or in groups, with the ISO 13616 mod-97 checksum.
 */
public final class Ibans implements PersonalDataKind {

    /** IBAN length by country, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTHS =
            Map.ofEntries(
                    Map.entry("AD", 24),
                    Map.entry("AE", 23),
                    Map.entry("AL", 28),
                    Map.entry("AT", 20),
                    Map.entry("AZ", 28),
                    Map.entry("BA", 20),
                    Map.entry("BE", 16),
                    Map.entry("BG", 22),
                    Map.entry("BH", 22),
                    Map.entry("BI", 27),
                    Map.entry("BR", 29),
                    Map.entry("BY", 28),
                    Map.entry("CH", 21),
                    Map.entry("CR", 22),
                    Map.entry("CY", 28),
                    Map.entry("CZ", 24),
                    Map.entry("DE", 22),
                    Map.entry("DJ", 27),
                    Map.entry("DK", 18),
                    Map.entry("DO", 28),
                    Map.entry("EE", 20),
                    Map.entry("EG", 29),
                    Map.entry("ES", 24),
                    Map.entry("FI", 18),
                    Map.entry("FK", 18),
                    Map.entry("FO", 18),
                    Map.entry("FR", 27),
                    Map.entry("GB", 22),
                    Map.entry("GE", 22),
                    Map.entry("GI", 23),
                    Map.entry("GL", 18),
                    Map.entry("GR", 27),
                    Map.entry("GT", 28),
                    Map.entry("HR", 21),
                    Map.entry("HU", 28),
                    Map.entry("IE", 22),
                    Map.entry("IL", 23),
                    Map.entry("IQ", 23),
                    Map.entry("IS", 26),
                    Map.entry("IT", 27),
                    Map.entry("JO", 30),
                    Map.entry("KW", 30),
                    Map.entry("KZ", 20),
                    Map.entry("LB", 28),
                    Map.entry("LC", 32),
                    Map.entry("LI", 21),
                    Map.entry("LT", 20),
                    Map.entry("LU", 20),
                    Map.entry("LV", 21),
                    Map.entry("LY", 25),
                    Map.entry("MC", 27),
                    Map.entry("MD", 24),
                    Map.entry("ME", 22),
                    Map.entry("MK", 19),
                    Map.entry("MN", 20),
                    Map.entry("MR", 27),
                    Map.entry("MT", 31),
                    Map.entry("MU", 30),
                    Map.entry("NI", 28),
                    Map.entry("NL", 18),
                    Map.entry("NO", 15),
                    Map.entry("OM", 23),
                    Map.entry("PK", 24),
                    Map.entry("PL", 28),
                    Map.entry("PS", 29),
                    Map.entry("PT", 25),
                    Map.entry("QA", 29),
                    Map.entry("RO", 24),
                    Map.entry("RS", 22),
                    Map.entry("RU", 33),
                    Map.entry("SA", 24),
                    Map.entry("SC", 31),
                    Map.entry("SD", 18),
                    Map.entry("SE", 24),
                    Map.entry("SI", 19),
                    Map.entry("SK", 24),
                    Map.entry("SM", 27),
                    Map.entry("SO", 23),
                    Map.entry("ST", 25),
                    Map.entry("SV", 28),
                    Map.entry("TL", 23),
                    Map.entry("TN", 24),
                    Map.entry("TR", 26),
                    Map.entry("UA", 29),
                    Map.entry("VA", 22),
                    Map.entry("VG", 24),
                    Map.entry("XK", 20),
                    Map.entry("YE", 30));

    @Override
    public void find(String text, List<Span> found) {
        int n = text.length();
        int i = 0;
        while (i + 4 <= n) {
            // An IBAN's third char is a digit: only the starts two chars before a digit are tried.
            int digit = DigitRun.nextDigit(text, i + 2);
            if (digit < 0 || digit + 2 > n) {
                return;
            }
            i = digit - 2;
            int end = startsIban(text, i) ? ibanEnd(text, i) : -1;
            if (end > 0) {
                found.add(new Span(i, end, Placeholder.IBAN));
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Two letters and two digits at a word start: a country code and check digits. */
    private static boolean startsIban(String text, int i) {
        return isAsciiLetter(text.charAt(i))
                && isAsciiLetter(text.charAt(i + 1))
                && DigitRun.isDigit(text.charAt(i + 2))
                && DigitRun.isDigit(text.charAt(i + 3))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** Where the IBAN starting at {@code i} ends, or -1 when there is no valid one. */
    private static int ibanEnd(String text, int i) {
        String country = text.substring(i, i + 2).toUpperCase(Locale.ROOT);
        Integer length = LENGTHS.get(country);
        if (length == null) {
            return -1;
        }
        StringBuilder iban = new StringBuilder(length).append(country).append(text, i + 2, i + 4);
        int at = i + 4;
        while (iban.length() < length && at < text.length()) {
            char c = text.charAt(at);
            if (isAsciiAlnum(c)) {
                iban.append(Character.toUpperCase(c));
                at++;
            } else if (c == ' ' && at + 1 < text.length() && isAsciiAlnum(text.charAt(at + 1))) {
                at++;
            } else {
                break;
            }
        }
        boolean ends = at == text.length() || !Character.isLetterOrDigit(text.charAt(at));
        return iban.length() == length && ends && valid(iban) ? at : -1;
    }

    /** ISO 13616: the first four characters moved to the end, letters as 10…35, mod 97 is 1. */
    static boolean valid(CharSequence iban) {
        int remainder = 0;
        int n = iban.length();
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }

    private static boolean isAsciiAlnum(char c) {
        return DigitRun.isDigit(c) || isAsciiLetter(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
