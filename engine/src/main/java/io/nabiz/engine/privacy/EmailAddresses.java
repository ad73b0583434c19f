package io.nabiz.engine.privacy;

import java.util.List;

/**
 * E-mail addresses: a local part, {@code @}, and a domain of at least two labels whose last one
 * (the top-level domain) is two or more letters, as RFC 5321 mailboxes are written in practice
 * (internationalised local parts and domains included).
 */
public final class EmailAddresses implements PersonalDataKind {

    private static final String LOCAL_SYMBOLS = "._%+'-";

    /**
     * Grows each candidate out from its {@code @}: a scan in one pass, where a regular expression
     * would retry every start inside a long word.
     */
    @Override
    public void find(String text, List<Span> found) {
        int from = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > from && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < text.length() && isDomainChar(text.charAt(end))) {
                end++;
            }
            // A local part never holds two dots in a row: those and what precedes them belong
            // to the sentence ("yazın...ayse@…").
            int dots = text.lastIndexOf("..", at);
            if (dots >= start) {
                start = dots + 2;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            while (end > at + 1 && text.charAt(end - 1) == '.') {
                end--;
            }
            if (valid(text.substring(start, at), text.substring(at + 1, end))) {
                found.add(new Span(start, end, Placeholder.EMAIL));
                from = end;
            }
        }
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || LOCAL_SYMBOLS.indexOf(c) >= 0;
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    static boolean valid(String local, String domain) {
        if (local.isEmpty() || local.endsWith(".") || domain.contains("..")) {
            return false;
        }
        int dot = domain.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String tld = domain.substring(dot + 1);
        return tld.length() >= 2 && tld.codePoints().allMatch(Character::isLetter);
    }
}
