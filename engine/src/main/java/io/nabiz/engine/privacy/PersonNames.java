package io.nabiz.engine.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names where the text itself says a name stands: after a self-introduction ({@code benim
 * adım}, {@code ismim}, {@code ich heiße}, {@code mein Name ist}, {@code my name is}) or a form of
 * address ({@code Sayın}, {@code Herr}, {@code Frau}, {@code Mr}, {@code Ms}), after a form's label
 * ({@code Name:}, {@code Ad Soyad:}), and before the Turkish honorifics {@code Bey} and {@code
 * Hanım} ({@code Ahmet Bey}). The name is the capitalised words there, on one line (up to three
 * after a cue: {@code Sayın Recep Tayyip Erdoğan}, one before an honorific); a name written in
 * lower case, or with no such cue, is not found: telling names from other capitalised words without
 * a cue would mask brands and products too.
 *
 * <p>Most texts hold no cue word: one pass over their words decides that before any pattern runs.
 */
public final class PersonNames implements PersonalDataKind {

    /** The words that may start or end a cue. */
    private static final CueWords CUES =
            new CueWords(
                    List.of(
                            "mr", "ms", "bey", "mrs", "adım", "name", "herr", "frau", "miss",
                            "ismim", "sayın", "hanım", "heiße", "herrn", "soyad", "heisse",
                            "soyadı"),
                    List.of());

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";

    /** A cue, then the name: one to three capitalised words (a title skipped). */
    private static final Pattern AFTER_CUE =
            Pattern.compile(
                    "(?<!\\p{L})(?:(?iu:my\\s+name\\s+is|mein\\s+name\\s+ist|ich\\s+hei(?:ß|ss)e"
                            + "|ad[ıi]m|[iİ]smim|say[ıi]n|herrn?|frau|mrs?|ms|miss)\\.?[\\s,:]+"
                            + "|(?iu:name|ad[ıi]?\\s+soyad[ıi]?)\\s*:\\s*)"
                            + "(?:(?:Dr|Prof)\\.?\\s+)?("
                            + NAME_WORD
                            + "(?:\\h+"
                            + NAME_WORD
                            + "){0,2})");

    /** The name, then the honorific. */
    private static final Pattern BEFORE_HONORIFIC =
            Pattern.compile("(?<!\\p{L})(" + NAME_WORD + ")\\s+(?iu:bey|hanım|hanim)(?!\\p{L})");

    private static final List<Pattern> PATTERNS = List.of(AFTER_CUE, BEFORE_HONORIFIC);

    @Override
    public void find(String text, List<Span> found) {
        if (!CUES.anyIn(text)) {
            return;
        }
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(new Span(m.start(1), m.end(1), Placeholder.PERSON_NAME));
            }
        }
    }
}
