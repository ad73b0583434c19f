package io.nabiz.engine.analysis.tr;

/**
 * Maps Turkish letters to the ASCII letters people type when they skip diacritics: {@code çok kötü}
 * and {@code cok kotu}, {@code hâlâ} and {@code hala} become the same word.
 *
 * <p>Input must already be lower-cased with Turkish rules, so that {@code I} became {@code ı}.
 */
public final class TurkishFolding {

    private static final char C_CEDILLA = 'ç';
    private static final char G_BREVE = 'ğ';
    private static final char DOTLESS_I = 'ı';
    private static final char O_UMLAUT = 'ö';
    private static final char S_CEDILLA = 'ş';
    private static final char U_UMLAUT = 'ü';
    private static final char A_CIRCUMFLEX = 'â';
    private static final char I_CIRCUMFLEX = 'î';
    private static final char U_CIRCUMFLEX = 'û';

    private TurkishFolding() {}

    /** Folds {@code buffer[0, length)} in place. */
    public static void fold(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            buffer[i] = fold(buffer[i]);
        }
    }

    static char fold(char c) {
        return switch (c) {
            case C_CEDILLA -> 'c';
            case G_BREVE -> 'g';
            case DOTLESS_I, I_CIRCUMFLEX -> 'i';
            case O_UMLAUT -> 'o';
            case S_CEDILLA -> 's';
            case U_UMLAUT, U_CIRCUMFLEX -> 'u';
            case A_CIRCUMFLEX -> 'a';
            default -> c;
        };
    }
}
