package io.nabiz.engine.privacy;

/**
 * The typed placeholders that stand in for personal data in masked text, such as {@code [email]}.
 *
 * <p>They are typed so analysis can read them as one token of their kind, and bracketed so no word
 * of any of the three languages looks like one.
 */
public enum Placeholder {
    EMAIL("email"),
    PHONE("phone"),
    IBAN("iban"),
    CARD("card"),
    TR_IDENTITY("tckn"),
    DE_TAX_ID("taxid"),
    URL_SECRET("token"),
    PERSON_NAME("name"),
    STREET_ADDRESS("address");

    private final String name;
    private final String text;

    Placeholder(String name) {
        this.name = name;
        this.text = "[" + name + "]";
    }

    /** The placeholder as it appears in masked text, e.g. {@code [email]}. */
    public String text() {
        return text;
    }

    /** The kind's bare name, e.g. {@code email}. */
    public String kindName() {
        return name;
    }

    /** True for a kind's bare name, such as {@code email}. */
    public static boolean isKindName(String name) {
        for (Placeholder p : values()) {
            if (p.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the placeholder that starts at {@code at}, or 0 when none does. */
    public static int lengthAt(CharSequence s, int at) {
        if (at >= s.length() || s.charAt(at) != '[') {
            return 0;
        }
        for (Placeholder p : values()) {
            String t = p.text;
            if (at + t.length() <= s.length() && regionEquals(s, at, t)) {
                return t.length();
            }
        }
        return 0;
    }

    private static boolean regionEquals(CharSequence s, int at, String t) {
        for (int i = 0; i < t.length(); i++) {
            if (s.charAt(at + i) != t.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
