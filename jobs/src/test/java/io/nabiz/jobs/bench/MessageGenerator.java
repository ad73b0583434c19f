package io.nabiz.jobs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes customer messages for benchmarks: Turkish, German or English, 5 to 40 words (most near
 * 15), one aspect's words or none, a polarity, and the noise social text carries (emoji, hashtags,
 * handles, links, order numbers, elongations). Seeded: the same seed gives the same messages.
 *
 * <p>The words are the project's own, in the style of the demo stream's, never rows of labelled
 * data: a benchmark must not depend on data it may not ship.
 */
public final class MessageGenerator {

    /** The aspects of {@code config/aspects.yaml}, and {@code general} for none. */
    public static final List<String> ASPECTS =
            List.of(
                    "delivery",
                    "billing",
                    "app",
                    "service",
                    "price",
                    "network",
                    "product",
                    "account",
                    "general");

    public static final List<String> LANGUAGES = List.of("tr", "de", "en");

    private static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 40;

    private static final Map<String, Map<String, List<String>>> ASPECT_PHRASES =
            Map.of(
                    "tr",
                    Map.of(
                            "delivery",
                            List.of(
                                    "kargom hala gelmedi",
                                    "siparişim üç gündür yolda",
                                    "kurye paketi kapıya bırakmadı",
                                    "teslimat tarihi yine değişti"),
                            "billing",
                            List.of(
                                    "faturama fazladan ücret yansımış",
                                    "ödeme iki kere çekildi",
                                    "iade param hesabıma geçmedi",
                                    "taksit tutarı yanlış"),
                            "app",
                            List.of(
                                    "uygulama güncellemeden sonra açılmıyor",
                                    "giriş yaparken hata veriyor",
                                    "şifre sıfırlama ekranı donuyor",
                                    "mobil uygulama çöktü"),
                            "service",
                            List.of(
                                    "müşteri temsilcisi kapattı",
                                    "destek hattı saatlerdir meşgul",
                                    "çağrı merkezi ilgilenmedi",
                                    "personel çok kaba davrandı"),
                            "price",
                            List.of(
                                    "fiyatlar çok pahalı olmuş",
                                    "indirim kodu geçmiyor",
                                    "kampanya fiyatı uygulanmadı",
                                    "bu zam kabul edilemez"),
                            "network",
                            List.of(
                                    "internet sabahtan beri yok",
                                    "şebeke evde çekmiyor",
                                    "modem bağlantısı sürekli kopuyor",
                                    "fiber hızı çok düşük"),
                            "product",
                            List.of(
                                    "ürün kırık çıktı",
                                    "cihaz iki günde bozuldu",
                                    "telefonun ekranı arızalı geldi",
                                    "kalitesi beklediğim gibi değil"),
                            "account",
                            List.of(
                                    "hesabım kilitlendi",
                                    "üyelik bilgilerim silinmiş",
                                    "aboneliğim kendiliğinden yenilendi",
                                    "hesap ayarlarım kayboldu")),
                    "de",
                    Map.of(
                            "delivery",
                            List.of(
                                    "mein Paket ist immer noch nicht angekommen",
                                    "die Lieferung verspätet sich schon wieder",
                                    "der Bote hat die Sendung nicht zugestellt",
                                    "Bestellung seit einer Woche unterwegs"),
                            "billing",
                            List.of(
                                    "die Rechnung ist viel zu hoch",
                                    "Lastschrift zweimal abgebucht",
                                    "Erstattung kam nie an",
                                    "falscher Betrag auf der Rechnung"),
                            "app",
                            List.of(
                                    "die App stürzt ständig ab",
                                    "Login funktioniert seit dem Update nicht",
                                    "Passwort zurücksetzen geht nicht",
                                    "Fehlermeldung auf der Webseite"),
                            "service",
                            List.of(
                                    "die Hotline ist dauernd besetzt",
                                    "Kundenservice antwortet nicht",
                                    "der Mitarbeiter war unfreundlich",
                                    "ewig in der Warteschleife"),
                            "price",
                            List.of(
                                    "der Tarif ist zu teuer geworden",
                                    "Preiserhöhung ohne Ankündigung",
                                    "Rabatt wurde nicht verrechnet",
                                    "die Kosten sind unverschämt"),
                            "network",
                            List.of(
                                    "kein Empfang in der ganzen Stadt",
                                    "Internet fällt ständig aus",
                                    "der Router verliert die Verbindung",
                                    "Störung im Netz seit gestern"),
                            "product",
                            List.of(
                                    "das Gerät ist nach zwei Tagen kaputt",
                                    "Produkt kam beschädigt an",
                                    "die Qualität ist miserabel",
                                    "Display defekt geliefert"),
                            "account",
                            List.of(
                                    "mein Kundenkonto ist gesperrt",
                                    "Vertrag wurde ohne Grund verlängert",
                                    "kein Zugang zum Profil",
                                    "das Abo lässt sich nicht ändern")),
                    "en",
                    Map.of(
                            "delivery",
                            List.of(
                                    "my package still has not arrived",
                                    "the courier left the parcel at the wrong door",
                                    "tracking has not changed in days",
                                    "shipping takes forever"),
                            "billing",
                            List.of(
                                    "you charged me twice this month",
                                    "still waiting for my refund",
                                    "the invoice is wrong again",
                                    "hidden fees on my billing statement"),
                            "app",
                            List.of(
                                    "the app crashes on login",
                                    "password reset does nothing",
                                    "the latest update broke everything",
                                    "the website shows a blank screen"),
                            "service",
                            List.of(
                                    "support never answers",
                                    "the agent hung up on me",
                                    "on hold for an hour",
                                    "staff were rude at the store"),
                            "price",
                            List.of(
                                    "way too expensive now",
                                    "the new price is a joke",
                                    "discount code does not work",
                                    "overpriced for what you get"),
                            "network",
                            List.of(
                                    "no signal at home",
                                    "internet outage again",
                                    "wifi keeps dropping",
                                    "coverage is terrible downtown"),
                            "product",
                            List.of(
                                    "the device broke after two days",
                                    "item arrived damaged",
                                    "quality is awful",
                                    "defective out of the box"),
                            "account",
                            List.of(
                                    "my account got locked",
                                    "cannot cancel my subscription online",
                                    "membership disappeared",
                                    "profile settings keep resetting")));

    /** Words and phrases that name no aspect, by polarity. */
    private static final Map<String, Map<String, List<String>>> TONE =
            Map.of(
                    "tr",
                    Map.of(
                            "neg",
                            List.of(
                                    "çok kötü",
                                    "berbat",
                                    "rezil bir durum",
                                    "kimse cevap vermiyor",
                                    "artık yeter",
                                    "hiç memnun değilim",
                                    "sinir oldum",
                                    "böyle devam edemez"),
                            "pos",
                            List.of(
                                    "çok teşekkürler",
                                    "harika",
                                    "gerçekten memnun kaldım",
                                    "çok güzel olmuş",
                                    "elinize sağlık"),
                            "neu",
                            List.of(
                                    "bugün",
                                    "neden böyle",
                                    "ne zaman olacak",
                                    "bilgi verir misiniz",
                                    "merak ediyorum",
                                    "lütfen dönüş yapın")),
                    "de",
                    Map.of(
                            "neg",
                            List.of(
                                    "sehr ärgerlich",
                                    "echt schlecht",
                                    "einfach nur enttäuscht",
                                    "so nervig",
                                    "keiner meldet sich",
                                    "unglaublich"),
                            "pos",
                            List.of(
                                    "vielen Dank",
                                    "super gemacht",
                                    "wirklich toll",
                                    "bin sehr zufrieden",
                                    "klasse"),
                            "neu",
                            List.of(
                                    "seit gestern",
                                    "warum eigentlich",
                                    "wie lange noch",
                                    "bitte um Rückmeldung",
                                    "heute Morgen",
                                    "ich frage mich")),
                    "en",
                    Map.of(
                            "neg",
                            List.of(
                                    "this is terrible",
                                    "so annoyed",
                                    "worst experience ever",
                                    "nobody cares",
                                    "absolutely ridiculous",
                                    "really disappointed"),
                            "pos",
                            List.of(
                                    "thanks a lot",
                                    "love it",
                                    "great job",
                                    "really happy with this",
                                    "amazing"),
                            "neu",
                            List.of(
                                    "since yesterday",
                                    "any news",
                                    "how long will this take",
                                    "just wondering",
                                    "this morning",
                                    "please let me know")));

    private static final Map<String, List<String>> FILLER =
            Map.of(
                    "tr",
                    List.of(
                            "ve",
                            "ama",
                            "yine",
                            "hala",
                            "gerçekten",
                            "bu",
                            "sabah",
                            "akşam",
                            "üç",
                            "gündür",
                            "bekliyorum",
                            "kaç",
                            "kere",
                            "yazdım",
                            "hemen",
                            "lütfen",
                            "artık",
                            "bir",
                            "şey",
                            "yapın"),
                    "de",
                    List.of(
                            "und",
                            "aber",
                            "schon",
                            "wieder",
                            "wirklich",
                            "das",
                            "ist",
                            "seit",
                            "drei",
                            "Tagen",
                            "warte",
                            "ich",
                            "immer",
                            "noch",
                            "bitte",
                            "endlich",
                            "heute",
                            "mal",
                            "jetzt",
                            "so"),
                    "en",
                    List.of(
                            "and",
                            "but",
                            "again",
                            "still",
                            "really",
                            "this",
                            "is",
                            "for",
                            "three",
                            "days",
                            "waiting",
                            "i",
                            "have",
                            "been",
                            "please",
                            "now",
                            "today",
                            "just",
                            "so",
                            "seriously"));

    private static final Map<String, List<String>> ELONGATED =
            Map.of(
                    "tr", List.of("çoook", "yaaa", "berbaaat"),
                    "de", List.of("sooo", "neeein", "echt jeeetzt"),
                    "en", List.of("sooo", "noooo", "whyyy"));

    private static final Map<String, List<String>> CUES =
            Map.of(
                    "tr",
                    List.of(
                            "aboneliğimi iptal edeceğim",
                            "tüketici hakem heyetine gideceğim",
                            "herkese paylaşacağım"),
                    "de",
                    List.of(
                            "ich kündige",
                            "ich gehe zur Verbraucherzentrale",
                            "das teile ich öffentlich"),
                    "en",
                    List.of("i will cancel", "talking to a lawyer", "everyone should see this"));

    private static final List<String> EMOJI =
            List.of("😡", "😤", "🙏", "👍", "😍", "🤦", ":(", ":)");
    private static final List<String> HASHTAGS =
            List.of("#fail", "#help", "#neden", "#wtf", "#danke");

    private final Random random;

    public MessageGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A message in {@code lang} about {@code aspect} ({@code general}: none). */
    public String message(String lang, String aspect) {
        int words =
                MIN_WORDS + (int) ((MAX_WORDS - MIN_WORDS) * Math.pow(random.nextDouble(), 1.6));
        String polarity =
                random.nextDouble() < 0.45 ? "neg" : random.nextDouble() < 0.5 ? "pos" : "neu";
        List<String> parts = new ArrayList<>();
        if (!aspect.equals("general")) {
            parts.add(pick(ASPECT_PHRASES.get(lang).get(aspect)));
        }
        parts.add(pick(TONE.get(lang).get(polarity)));
        if (polarity.equals("neg") && random.nextDouble() < 0.08) {
            parts.add(pick(CUES.get(lang)));
        }
        int count = countWords(parts);
        while (count < words) {
            double r = random.nextDouble();
            String part;
            if (r < 0.55) {
                part = pick(FILLER.get(lang));
            } else if (r < 0.75) {
                part = pick(TONE.get(lang).get(polarity));
            } else if (r < 0.83) {
                part = pick(EMOJI);
            } else if (r < 0.88) {
                part = pick(HASHTAGS);
            } else if (r < 0.92) {
                part = pick(ELONGATED.get(lang));
            } else if (r < 0.95) {
                part = "@destek" + random.nextInt(100);
            } else if (r < 0.97) {
                part = "https://t.co/" + Long.toString(random.nextLong() >>> 30, 36);
            } else {
                part = "#" + (100_000 + random.nextInt(900_000));
            }
            parts.add(random.nextInt(parts.size() + 1), part);
            count += countWords(List.of(part));
        }
        StringBuilder text = new StringBuilder();
        for (String p : parts) {
            if (!text.isEmpty()) {
                text.append(random.nextDouble() < 0.15 ? ", " : " ");
            }
            text.append(p);
        }
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        if (random.nextDouble() < 0.3) {
            text.append(random.nextBoolean() ? "!" : "!!!");
        }
        return text.toString();
    }

    /** {@code n} messages in {@code lang} over every aspect. */
    public List<String> messages(String lang, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(message(lang, ASPECTS.get(random.nextInt(ASPECTS.size()))));
        }
        return out;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static int countWords(List<String> parts) {
        int n = 0;
        for (String p : parts) {
            n += p.split(" ").length;
        }
        return n;
    }
}
