package io.nabiz.engine.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: a local part, {@code @}, and a domain of at least two labels whose last one
 * (the top-level domain) is two or more letters, as RFC 5321 mailboxes are written in practice
 * (internationalised local parts and domains included).
 */
public final class EmailAddresses implements PersonalDataKind {

    private static final Pattern CANDIDATE =
            Pattern.compile(
                    "[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+",
                    Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public void find(String text, List<Span> found) {
        if (text.indexOf('@') < 0) {
            return;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String candidate = m.group();
            int at = candidate.indexOf('@');
            // A local part never holds two dots in a row: those and what precedes them belong
            // to the sentence ("yazın...ayse@…").
            int lead =
                    candidate.lastIndexOf("..", at) < 0 ? 0 : candidate.lastIndexOf("..", at) + 2;
            while (lead < at && candidate.charAt(lead) == '.') {
                lead++;
            }
            String local = candidate.substring(lead, at);
            String domain = trimTrailingDots(candidate.substring(at + 1));
            if (valid(local, domain)) {
                found.add(
                        new Span(
                                m.start() + lead,
                                m.start() + at + 1 + domain.length(),
                                Placeholder.EMAIL));
            }
        }
    }

    private static String trimTrailingDots(String domain) {
        int end = domain.length();
        while (end > 0 && domain.charAt(end - 1) == '.') {
            end--;
        }
        return domain.substring(0, end);
    }

    static boolean valid(String local, String domain) {
        if (local.isEmpty() || local.endsWith(".")) {
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
