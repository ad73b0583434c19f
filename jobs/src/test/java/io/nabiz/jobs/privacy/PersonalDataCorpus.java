package io.nabiz.jobs.privacy;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A mention stream in which customers write every kind of personal data the job masks: three hours
 * of acme mentions in Turkish, German and English with a delivery burst, malformed records and a
 * late mention, all of them carrying e-mail addresses, phone numbers, IBANs, card numbers, Turkish
 * identity numbers, German tax ids, links with tokens, names and street addresses.
 *
 * <p>Valid values are generated here with their check digits computed independently of the masker,
 * and every value is listed with its parts (an e-mail's local part, domain and names; a number as
 * written and as bare digits): no output may contain any of them. Order numbers that fail every
 * check are listed apart: they must stay visible.
 */
final class PersonalDataCorpus {

    static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    static final Instant BURST_START = T0.plus(Duration.ofHours(2));

    private static final String[] FIRST = {"zeynepnur", "gulsever", "hildegard", "friedemann"};
    private static final String[] LAST = {"karacaoglu", "yilmazer", "oberhuber", "kesselring"};
    private static final String[] STREETS = {"gulnihal", "birkenfelder", "osmanyazar"};
    private static final String[] DOMAINS = {"postakutusu.com.tr", "firmaposta.de", "kutumail.net"};
    private static final String TOKEN_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    final List<String> lines = new ArrayList<>();

    /** Every value as the corpus writes it (an e-mail address by its local part and domain). */
    final Set<String> written = new LinkedHashSet<>();

    /** What no output may contain: every value written, its parts and its other spellings. */
    final Set<String> secrets = new LinkedHashSet<>();

    final Set<String> nearMisses = new LinkedHashSet<>();
    private final Random random;
    private int n;

    private PersonalDataCorpus(long seed) {
        this.random = new Random(seed);
    }

    static PersonalDataCorpus generate(long seed) {
        PersonalDataCorpus c = new PersonalDataCorpus(seed);
        c.build();
        return c;
    }

    private void build() {
        List<String[]> timed = new ArrayList<>();
        for (int w = 0; w < 36; w++) {
            Instant start = T0.plus(Duration.ofMinutes(5L * w));
            boolean burst =
                    !start.isBefore(BURST_START)
                            && start.isBefore(BURST_START.plus(Duration.ofMinutes(15)));
            int delivery = burst ? 30 : 2;
            for (int i = 0; i < delivery; i++) {
                timed.add(mention(start, deliveryComplaint()));
            }
            timed.add(
                    mention(
                            start,
                            new String[] {"tr", "Faturamı nereden indirebilirim? " + email()}));
        }
        timed.sort(Comparator.comparing(t -> t[0]));
        for (String[] t : timed) {
            lines.add(t[1]);
        }
        // Malformed records, each carrying personal data, spread through the stream.
        lines.add(40, "not json: yazın " + email() + " tel " + phoneTr());
        lines.add(
                80,
                "{\"v\":1,\"id\":\"x1\",\"channel\":\"chat\",\"brand\":\"acme\",\"ts\":\"2026-11-20T07:00:00Z\",\"author\":\""
                        + email()
                        + "\"}");
        lines.add(
                120,
                "{\"v\":1,\"id\":\"x2\",\"channel\":\"fax\",\"brand\":\"acme\",\"ts\":\"2026-11-20T07:00:00Z\",\"text\":\"IBAN "
                        + ibanTr()
                        + " kart "
                        + card()
                        + "\"}");
        lines.add(160, "{\"v\":1,\"text\": " + email() + "}");
        // A mention stamped two hours back arrives last: it is late wherever it is read.
        lines.add(mention(T0.plus(Duration.ofMinutes(62)), deliveryComplaint())[1]);
    }

    private String[] mention(Instant windowStart, String[] langAndText) {
        Instant ts = windowStart.plusMillis(random.nextInt(300_000));
        String channel = List.of("chat", "email", "social").get(n % 3);
        String json =
                String.format(
                        "{\"v\":1,\"id\":\"m%d\",\"channel\":\"%s\",\"brand\":\"acme\",\"ts\":\"%s\","
                                + "\"text\":\"%s\",\"author\":\"customer-%d\",\"lang\":\"%s\"}",
                        n, channel, ts, langAndText[1], n % 50, langAndText[0]);
        n++;
        return new String[] {ts.toString(), json};
    }

    /** One delivery complaint of six, each carrying other kinds of personal data. */
    private String[] deliveryComplaint() {
        return switch (random.nextInt(8)) {
            case 0 ->
                    new String[] {
                        "tr",
                        "Kargom hâlâ gelmedi, sipariş no "
                                + nearMiss()
                                + ". Bana "
                                + email()
                                + " adresinden ulaşın, telefon "
                                + phoneTr()
                    };
            case 1 ->
                    new String[] {
                        "tr",
                        "Paketim 5 gündür gelmedi! TC kimlik "
                                + tckn()
                                + ", kart "
                                + card()
                                + " ile ödedim, sipariş "
                                + nearMiss()
                    };
            case 2 ->
                    new String[] {
                        "tr",
                        "Kargo gecikti, iade için IBAN " + ibanTr() + ". Ulaşamazsanız " + phoneTr()
                    };
            case 3 ->
                    new String[] {
                        "tr",
                        "Teslimat yapılmadı, takip linki açılmıyor: https://kargo.example/takip?token="
                                + token()
                                + "&email="
                                + email().replace("@", "%40")
                    };
            case 4 ->
                    new String[] {
                        "de",
                        "Lieferung fehlt immer noch, Bestellung "
                                + nearMiss()
                                + ". Steuer-ID "
                                + taxId()
                                + ", IBAN "
                                + ibanDe()
                                + ", Tel. "
                                + phoneDe()
                    };
            case 5 ->
                    new String[] {
                        "tr",
                        "Benim adım "
                                + name()
                                + ", paketim "
                                + addressTr()
                                + " adresine hâlâ gelmedi"
                    };
            case 6 ->
                    new String[] {
                        "de",
                        "Hallo, ich heiße "
                                + name()
                                + ". Die Lieferung an "
                                + addressDe()
                                + " fehlt"
                    };
            default ->
                    new String[] {
                        "en", "Still no delivery, mail me at " + email() + " or call " + phoneDe()
                    };
        };
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private String digits(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(random.nextInt(10));
        }
        return b.toString();
    }

    private String secret(String value) {
        written.add(value);
        secrets.add(value);
        secrets.add(value.replaceAll("[^0-9A-Za-z]", ""));
        return value;
    }

    private String email() {
        String first = pick(FIRST);
        String last = pick(LAST);
        String local = first + "." + last + (10 + random.nextInt(90));
        String domain = pick(DOMAINS);
        written.addAll(List.of(local, domain));
        secrets.addAll(
                List.of(
                        local + "@" + domain,
                        local,
                        domain,
                        first,
                        last,
                        domain.substring(0, domain.indexOf('.'))));
        return local + "@" + domain;
    }

    /** A first and a last name, capitalised as the customer signs. */
    private String name() {
        String first = capitalised(pick(FIRST));
        String last = capitalised(pick(LAST));
        secret(first);
        secret(last);
        return secret(first + " " + last);
    }

    private String addressTr() {
        String street = capitalised(pick(STREETS));
        secret(street);
        return secret(
                street
                        + " Cad. No: "
                        + (1 + random.nextInt(200))
                        + " D: "
                        + (1 + random.nextInt(20)));
    }

    private String addressDe() {
        String street = capitalised(pick(STREETS)) + "straße";
        secret(street);
        return secret(street + " " + (1 + random.nextInt(200)) + ", " + digits(5) + " Berlin");
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String phoneTr() {
        String national = "5" + digits(9);
        secrets.add("0" + national);
        secrets.add(national);
        return secret(
                switch (random.nextInt(3)) {
                    case 0 -> "+90 " + grouped(national, 3, 3, 2, 2);
                    case 1 -> "0" + grouped(national, 3, 3, 2, 2);
                    default -> "0" + national;
                });
    }

    private String phoneDe() {
        String national = random.nextBoolean() ? "151" + digits(8) : "30" + digits(7);
        secrets.add("0" + national);
        secrets.add(national);
        return secret(random.nextBoolean() ? "+49 " + national : "0" + national);
    }

    private static String grouped(String digits, int... sizes) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                b.append(' ');
            }
            b.append(digits, at, at + size);
            at += size;
        }
        return b.toString();
    }

    private String ibanTr() {
        return iban("TR", digits(5) + "0" + digits(16));
    }

    private String ibanDe() {
        return iban("DE", digits(18));
    }

    /** ISO 13616 check digits: 98 minus the BBAN + country + "00" as a number, mod 97. */
    private String iban(String country, String bban) {
        StringBuilder numeric = new StringBuilder(bban);
        for (char c : (country + "00").toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        String iban = country + String.format("%02d", check) + bban;
        return secret(random.nextBoolean() ? iban : iban.replaceAll("(.{4})", "$1 ").strip());
    }

    private String card() {
        String body = "4" + digits(14);
        String number = body + luhnDigit(body);
        return secret(number.replaceAll("(.{4})(?!$)", "$1" + (random.nextBoolean() ? " " : "-")));
    }

    private static int luhnDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    private String tckn() {
        return secret(tcknDigits());
    }

    private String tcknDigits() {
        int[] d = new int[11];
        d[0] = 1 + random.nextInt(9);
        for (int i = 1; i < 9; i++) {
            d[i] = random.nextInt(10);
        }
        d[9] =
                Math.floorMod(
                        (d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7]), 10);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += d[i];
        }
        d[10] = sum % 10;
        StringBuilder b = new StringBuilder();
        for (int x : d) {
            b.append(x);
        }
        return b.toString();
    }

    /** Ten digits with exactly one repeated, then the ISO/IEC 7064 MOD 11,10 check digit. */
    private String taxId() {
        String first10;
        do {
            first10 = (1 + random.nextInt(9)) + digits(9);
        } while (!oneDigitRepeated(first10));
        return secret(first10 + taxCheckDigit(first10));
    }

    private static boolean oneDigitRepeated(String digits) {
        int[] counts = new int[10];
        digits.chars().forEach(c -> counts[c - '0']++);
        int repeated = 0;
        for (int count : counts) {
            if (count > 3) {
                return false;
            }
            repeated += count >= 2 ? 1 : 0;
        }
        return repeated == 1;
    }

    private static int taxCheckDigit(String first10) {
        int product = 10;
        for (char c : first10.toCharArray()) {
            int sum = (c - '0' + product) % 10;
            product = ((sum == 0 ? 10 : sum) * 2) % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }

    /**
     * An order number an agent needs: eleven digits one off a valid identity number (its last digit
     * changed), and not a tax id either, or sixteen digits that fail the Luhn check.
     */
    private String nearMiss() {
        String number;
        if (random.nextBoolean()) {
            do {
                String tc = tcknDigits();
                number = tc.substring(0, 10) + (tc.charAt(10) - '0' + 1) % 10;
            } while (oneDigitRepeated(number.substring(0, 10))
                    && taxCheckDigit(number.substring(0, 10)) == number.charAt(10) - '0');
        } else {
            String body = "4" + digits(14);
            number = body + (luhnDigit(body) + 1) % 10;
        }
        nearMisses.add(number);
        return number;
    }

    private String token() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            b.append(TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length())));
        }
        b.setCharAt(3, (char) ('0' + random.nextInt(10)));
        return secret(b.toString());
    }
}
