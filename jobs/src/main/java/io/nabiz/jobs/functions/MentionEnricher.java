package io.nabiz.jobs.functions;

import io.nabiz.engine.analysis.Analysis;
import io.nabiz.engine.analysis.MentionAnalyzer;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.KeyKind;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.util.Collector;

/** Analyses each mention (language, sentiment, aspects, cues) and emits one record per aspect. */
public final class MentionEnricher extends RichFlatMapFunction<Mention, AspectMention> {

    private static final int HISTOGRAM_WINDOW = 1_000;

    private final List<KeyKind> keyKinds;

    private transient MentionAnalyzer analyzer;
    private transient Histogram enrichNanos;

    /**
     * @param keyKinds further key kinds each aspect is also counted under (see {@link KeyKind})
     */
    public MentionEnricher(List<KeyKind> keyKinds) {
        this.keyKinds = List.copyOf(keyKinds);
    }

    @Override
    public void open(OpenContext openContext) {
        analyzer = MentionAnalyzer.loadDefault();
        enrichNanos =
                getRuntimeContext()
                        .getMetricGroup()
                        .histogram(
                                "enrichNanos",
                                new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
    }

    @Override
    public void flatMap(Mention mention, Collector<AspectMention> out) {
        long start = System.nanoTime();
        Analysis analysis = analyzer.analyze(mention.text(), mention.lang());
        enrichNanos.update(System.nanoTime() - start);
        for (AspectMention m : AspectMention.of(mention, analysis, keyKinds)) {
            out.collect(m);
        }
    }
}
