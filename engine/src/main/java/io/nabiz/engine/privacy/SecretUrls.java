package io.nabiz.engine.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secrets in the query or fragment of a URL: the values of parameters named like a credential or an
 * identity ({@code token}, {@code session}, {@code email}, …), values holding an e-mail address
 * ({@code @} or {@code %40}), and long random-looking values (20 or more characters mixing letters
 * and digits). Only the values are masked; the site and path stay readable.
 *
 * <p>Such links (password resets, order tracking, magic sign-in links) grant access to an account
 * to whoever holds them.
 */
public final class SecretUrls implements PersonalDataKind {

    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}\"'";
    private static final int TOKEN_MIN_CHARS = 20;
    private static final Set<String> SECRET_NAMES =
            Set.of(
                    "token",
                    "access_token",
                    "refresh_token",
                    "id_token",
                    "auth",
                    "authorization",
                    "key",
                    "apikey",
                    "api_key",
                    "session",
                    "sessionid",
                    "session_id",
                    "sid",
                    "code",
                    "otp",
                    "password",
                    "pass",
                    "passwd",
                    "pwd",
                    "secret",
                    "signature",
                    "sig",
                    "jwt",
                    "ticket",
                    "hash",
                    "reset",
                    "email",
                    "e-mail",
                    "mail",
                    "user",
                    "userid",
                    "user_id",
                    "uid",
                    "customer",
                    "customerid",
                    "phone",
                    "tel",
                    "msisdn",
                    "iban",
                    "tckn");

    @Override
    public void find(String text, List<Span> found) {
        if (text.indexOf('?') < 0 && text.indexOf('#') < 0 || !mayHoldUrl(text)) {
            return;
        }
        int i = 0;
        while (i < text.length()) {
            if (!startsUrl(text, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            int query = firstOf(text, start, end);
            if (query >= 0) {
                parameters(text, query + 1, end, found);
            }
        }
    }

    /**
     * Whether {@code text} holds a {@code ://} or a {@code www.}, which every link {@link
     * #startsUrl} takes does: hashtags put a {@code #} in many texts without any link.
     */
    private static boolean mayHoldUrl(String text) {
        if (text.contains("://")) {
            return true;
        }
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot >= 3 && text.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsUrl(String text, int i) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
            return false;
        }
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        return text.regionMatches(true, i, "http://", 0, 7)
                || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }

    private static int firstOf(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return -1;
    }

    /** Looks at each {@code name=value} of {@code text[from, to)}, split at {@code & ; #}. */
    private static void parameters(String text, int from, int to, List<Span> found) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || "&;#".indexOf(text.charAt(i)) >= 0) {
                parameter(text, start, i, found);
                start = i + 1;
            }
        }
    }

    private static void parameter(String text, int from, int to, List<Span> found) {
        int eq = text.indexOf('=', from);
        if (eq < 0 || eq >= to - 1) {
            return;
        }
        String name = text.substring(from, eq).toLowerCase(Locale.ROOT);
        String value = text.substring(eq + 1, to);
        boolean email = value.indexOf('@') >= 0 || value.toLowerCase(Locale.ROOT).contains("%40");
        if (email) {
            found.add(new Span(eq + 1, to, Placeholder.EMAIL));
        } else if (SECRET_NAMES.contains(name) || looksLikeToken(value)) {
            found.add(new Span(eq + 1, to, Placeholder.URL_SECRET));
        }
    }

    private static boolean looksLikeToken(String value) {
        if (value.length() < TOKEN_MIN_CHARS) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }
}
