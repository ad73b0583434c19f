package io.nabiz.engine.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses with a house number, as customers write them when a parcel went astray: Turkish
 * {@code Moda Cad. No: 12 D: 3}, German {@code Hauptstraße 5, 10115 Berlin}, English {@code 221B
 * Baker Street, Apt 4}. The street type and the house number are the structure checked: a street
 * name without a number names a district, not a home, and stays readable.
 *
 * <p>An address holds a number, so only the neighbourhood of each digit is searched, never the
 * whole text at every offset. Street names must be capitalised; an address written all in lower
 * case is not found, and a capitalised word right before a street's name (a sentence's first word)
 * is masked with it.
 */
public final class StreetAddresses implements PersonalDataKind {

    /** How far before or after its house number an address may reach. */
    private static final int REACH = 80;

    private static final String TURKISH_WORD = "(?:\\p{Lu}\\p{L}*|\\d+\\.)";
    private static final String TURKISH_TYPE =
            "(?iu:caddesi|cad\\.?|cd\\.|sokağı|sokak|sok\\.?|sk\\.|bulvarı|blv\\.|mahallesi|mah\\.?"
                    + "|mh\\.)(?!\\p{L})";
    private static final String TURKISH_STREET =
            TURKISH_WORD + "(?:\\s+" + TURKISH_WORD + "){0,2}\\s+" + TURKISH_TYPE;

    /** Neighbourhood and street, the door number ({@code No}), then flat and floor. */
    private static final Pattern TURKISH =
            Pattern.compile(
                    TURKISH_STREET
                            + "(?:[\\s,]+"
                            + TURKISH_STREET
                            + ")?[\\s,]*(?iu:no)\\s*[:.]?\\s*\\d+[a-zA-Z]?(?:\\s*/\\s*\\d+)?"
                            + "(?:[\\s,]+(?iu:daire|d|kat|k)\\s*[:.]?\\s*\\d+)*");

    /** A street written as one word ({@code Hauptstraße}) or two ({@code Berliner Straße}). */
    private static final String GERMAN_STREET =
            "(?:\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.|weg|platz|allee|gasse)"
                    + "|(?:\\p{Lu}[\\p{L}-]*\\s+){1,2}(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse))";

    /** The street, the house number, then postcode and town. */
    private static final Pattern GERMAN =
            Pattern.compile(
                    GERMAN_STREET
                            + "\\s*\\d{1,4}(?:\\s?[a-zA-Z])?(?![\\p{L}\\d])"
                            + "(?:,?\\s+\\d{5}\\s+\\p{Lu}[\\p{L}-]*)?");

    /** The house number first, the street, then a flat. */
    private static final Pattern ENGLISH =
            Pattern.compile(
                    "(?<![\\p{L}\\d])\\d{1,5}[a-zA-Z]?\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}"
                            + "(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive"
                            + "|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Terrace|Close"
                            + "|Crescent)(?!\\p{L})"
                            + "(?:,?\\s+(?:Apt|Apartment|Flat|Unit|Suite)\\.?\\s*#?\\d+[a-zA-Z]?)?");

    private static final List<Pattern> NUMBER_LAST = List.of(TURKISH, GERMAN);

    /** The street types the patterns know, so that a text without one costs no pattern search. */
    private static final CueWords STREET_TYPES =
            new CueWords(
                    List.of(
                            "caddesi",
                            "cad",
                            "cd",
                            "sokağı",
                            "sokak",
                            "sok",
                            "sk",
                            "bulvarı",
                            "blv",
                            "mahallesi",
                            "mah",
                            "mh",
                            "street",
                            "st",
                            "road",
                            "rd",
                            "avenue",
                            "ave",
                            "lane",
                            "ln",
                            "drive",
                            "boulevard",
                            "blvd",
                            "way",
                            "court",
                            "ct",
                            "place",
                            "pl",
                            "terrace",
                            "close",
                            "crescent",
                            "straße",
                            "strasse",
                            "str",
                            "weg",
                            "platz",
                            "allee",
                            "gasse"),
                    List.of("straße", "strasse", "str", "weg", "platz", "allee", "gasse"));

    @Override
    public void find(String text, List<Span> found) {
        // A house number first: most texts have no digit and need no look at their words.
        int run = DigitRun.nextDigit(text, 0);
        if (run < 0 || !STREET_TYPES.anyIn(text)) {
            return;
        }
        int covered = 0;
        while (run >= 0) {
            int runEnd = run;
            while (runEnd < text.length() && DigitRun.isDigit(text.charAt(runEnd))) {
                runEnd++;
            }
            if (run >= covered) {
                Span address = addressAround(text, run, runEnd);
                if (address != null) {
                    found.add(address);
                    covered = address.end();
                }
            }
            run = DigitRun.nextDigit(text, runEnd);
        }
    }

    /** The address that holds the digits {@code [run, runEnd)}, or null for none. */
    private static Span addressAround(String text, int run, int runEnd) {
        Matcher english = ENGLISH.matcher(text);
        english.useTransparentBounds(true).region(run, Math.min(text.length(), run + REACH));
        if (english.lookingAt()) {
            return new Span(run, english.end(), Placeholder.STREET_ADDRESS);
        }
        int from = Math.max(0, run - REACH);
        int to = Math.min(text.length(), runEnd + REACH);
        for (Pattern pattern : NUMBER_LAST) {
            Matcher m = pattern.matcher(text);
            m.useTransparentBounds(true).region(from, to);
            while (m.find()) {
                if (m.start() <= run && m.end() >= runEnd) {
                    return new Span(m.start(), m.end(), Placeholder.STREET_ADDRESS);
                }
            }
        }
        return null;
    }
}
