package io.nabiz.engine.analysis.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.sentiment.SentimentLexicon;
import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TermReader;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalDetectorTest {

    private static Set<Signal> signals(String lang, String text) {
        Analyzer analyzer = LanguageAnalyzers.forLanguage(lang);
        SentimentLexicon lexicon = SentimentLexicon.load(lang, analyzer);
        List<Term> terms = TermReader.read(analyzer, text);
        int bits =
                new SignalDetector(SignalWords.load(lang, analyzer))
                        .detect(terms, lexicon.valences(terms));
        Set<Signal> out = EnumSet.noneOf(Signal.class);
        for (Signal s : Signal.values()) {
            if (SignalDetector.has(bits, s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static Set<Signal> parse(String names) {
        return names == null
                ? Set.of()
                : Arrays.stream(names.split(" "))
                        .map(Signal::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Signal.class)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|kargom ne zaman gelir|QUESTION",
                "tr|Faturamı görebilir miyim|QUESTION",
                "tr|Faturamı GÖREBİLİR MİYİM|QUESTION",
                "tr|Neden hâlâ gelmedi?|OVERDUE",
                "tr|Lütfen adresimi güncelleyin|REQUEST",
                "tr|Sorunum halledildi, teşekkürler|RESOLVED THANKS",
                "tr|Sorunum hâlâ çözülmedi|OVERDUE",
                "tr|hiç de kötü değil|LITOTES",
                "tr|sorun yok ama kargo gelmedi|",
                "tr|Harika, kargom yine kayboldu|SARCASM",
                "tr|Harika, çok teşekkürler|THANKS",
                "tr|||",
                "de|Wie kann ich meinen Tarif wechseln|QUESTION",
                "de|Warum ist mein Paket nicht da?|",
                "de|Können Sie mich bitte zurückrufen|REQUEST",
                "de|läuft jetzt wieder, danke|RESOLVED THANKS",
                "de|gar nicht so übel|LITOTES",
                "de|Na toll, schon wieder kein Netz 🙄|SARCASM",
                "de|Danke für nichts|SARCASM",
                "en|how do I update my card|QUESTION",
                "en|why is it still broken?|",
                "en|Could you please call me back|REQUEST",
                "en|all sorted now, thanks|RESOLVED THANKS",
                "en|not fixed at all|",
                "en|not too bad|LITOTES",
                "en|Great, my parcel is lost again|SARCASM",
                "en|Great, thanks for the quick fix|THANKS",
                "tr|Kargom hâlâ gelmedi|OVERDUE",
                "de|Das Paket ist immer noch nicht angekommen|OVERDUE",
                "de|Das Problem ist immer noch nicht gelöst|OVERDUE",
                "en|my parcel still hasn't arrived|OVERDUE",
                "en|My bill went up again without any warning|",
                "en|I have been on hold for an hour|OVERDUE",
                "en|locked out of my account for two days now|OVERDUE",
                "en|the train was 40 minutes late|OVERDUE",
                "en|I have used it for two years and love it|",
                "en|setting it up was not difficult at all|LITOTES",
                "de|Ich warte seit drei Tagen auf mein Paket|OVERDUE",
                "de|Seit Wochen keine Antwort vom Support|OVERDUE",
                "de|Seit Jahren zufriedener Kunde|",
                "tr|Günlerdir kargomu bekliyorum|OVERDUE",
                "tr|3 gündür internetim yok|OVERDUE",
                "tr|Yıllardır memnun bir müşterinizim|",
                "tr|kesinlikle almayın|WARNING",
                "tr|Kesinlikle al, hiç de kötü değil|LITOTES",
                "tr|Kimseye tavsiye etmiyorum|WARNING",
                "tr|Yok artık bu kadar kötü olamaz|",
                "tr|Sorun yok artık|LITOTES",
                "tr|Kusura bakmayın, geç yazdım|",
                "tr|Yalan yok, baştan sona izledim|",
                "tr|Kokusu tatlı ama baskın değil|",
                "tr|İlk defa aldım ama hiç de kötü değil|LITOTES",
                "tr|Kargo geç geldi ama ürün hiç de kötü değil|LITOTES",
                "tr|Ürün hiç de kötü değil ama kargo berbat|",
                "tr|Şarjı dışında başka sıkıntısı yok|",
                "tr|Hiç sıkıntısı yok|LITOTES",
                "tr|Henüz denemedim, deneyince yazarım|",
                "tr|Hâlâ karar veremiyorum|",
                "tr|Henüz denemedim ama kargo hâlâ gelmedi|OVERDUE",
                "tr|Nasıl biliyorsanız öyle yapın|",
                "tr|Nerede olursa olsun alırım|",
                "tr|Bunu nasıl yaparım|QUESTION",
                "tr|Sen nasıl sen kimsin|QUESTION"
            })
    void findsTheSignalsOfAMessage(String lang, String text, String expected) {
        assertEquals(parse(expected), signals(lang, text == null ? "" : text), text);
    }
}
