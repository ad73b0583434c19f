package io.nabiz.engine.analysis.bench;

import io.nabiz.engine.analysis.Analysis;
import io.nabiz.engine.analysis.MentionAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole enrich step on one thread: normalisation, language id (or a trusted
 * hint), analysis, sentiment model, aspects and cues, on customer messages of about 20 words. Run
 * with {@code scripts/bench}; it prints figures and asserts nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class AnalyzeBenchmark {

    /** Messages written for the benchmark, about 20 words each, in the style of complaints. */
    private static final Map<String, List<String>> MESSAGES =
            Map.of(
                    "tr",
                    List.of(
                            "Siparişim üç gündür kargoda bekliyor, hala gelmedi ve müşteri hizmetleri"
                                    + " telefonlara hiç cevap vermiyor, çok kötü bir deneyim",
                            "Uygulama güncellemeden sonra açılmıyor, şifremi sıfırladım ama yine de"
                                    + " giriş yapamıyorum, lütfen bu sorunu hemen çözün artık",
                            "Faturama bu ay yine fazladan ücret yansıtılmış, iade istiyorum yoksa"
                                    + " aboneliğimi iptal edip başka operatöre geçeceğim",
                            "Kurye paketi kapıya bırakmış ama ürün kırık çıktı, değişim için"
                                    + " aradığımda kimse ilgilenmedi, gerçekten rezalet bir hizmet"),
                    "de",
                    List.of(
                            "Mein Paket ist seit einer Woche unterwegs und immer noch nicht"
                                    + " angekommen, der Kundenservice antwortet einfach nicht mehr",
                            "Die App stürzt nach dem letzten Update ständig ab und ich kann mich"
                                    + " nicht mehr in mein Kundenkonto einloggen, sehr ärgerlich",
                            "Schon wieder eine falsche Rechnung mit viel zu hohem Rechnungsbetrag,"
                                    + " ich kündige meinen Vertrag und gehe zur Verbraucherzentrale",
                            "Seit gestern kein Internet und keine Verbindung, die Störung wurde"
                                    + " gemeldet aber niemand meldet sich zurück, echt eine Frechheit"),
                    "en",
                    List.of(
                            "My package was supposed to arrive on Monday but it still hasn't shown"
                                    + " up and support keeps giving me the same answer",
                            "The app crashes every time I open it after the latest update, I can't"
                                    + " even log in to my account anymore",
                            "You charged me twice this month and nobody from billing has replied,"
                                    + " I want a refund or I'm cancelling my subscription",
                            "No signal at home for three days now, the outage page says everything"
                                    + " is fine, this is ridiculous and unacceptable"));

    @Param({"tr", "de", "en"})
    public String lang;

    private MentionAnalyzer analyzer;
    private List<String> messages;
    private int next;

    @Setup
    public void setUp() {
        analyzer = MentionAnalyzer.loadDefault();
        messages = MESSAGES.get(lang);
    }

    /** The full step as the pipeline runs it on messages without a declared language. */
    @Benchmark
    public Analysis detectAndAnalyze() {
        return analyzer.analyze(nextMessage(), null);
    }

    /** The step when the source declares the language, which skips language id. */
    @Benchmark
    public Analysis analyzeWithHint() {
        return analyzer.analyze(nextMessage(), lang);
    }

    private String nextMessage() {
        next = (next + 1) % messages.size();
        return messages.get(next);
    }
}
