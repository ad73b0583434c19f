package io.nabiz.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.nabiz.engine.analysis.Sentiment;
import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.backend.AnalysisBackend;
import io.nabiz.engine.analysis.backend.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Stanford CoreNLP backend: English sentence sentiment (the recursive neural tensor network of
 * Socher et al., 2013) and English and German named entities (CRF taggers).
 *
 * <p>Each pipeline loads on first use, since loading takes seconds and hundreds of MB of heap;
 * pipelines are thread-safe once built. English sentiment parses every sentence, which makes it
 * about a thousand times slower than the trained models.
 */
public final class CoreNlpBackend implements AnalysisBackend {

    public static final String NAME = "corenlp";

    /** The Stanford Sentiment Treebank model is English only. */
    private static final Set<String> SENTIMENT_LANGUAGES = Set.of("en");

    private static final String GERMAN_PROPERTIES = "StanfordCoreNLP-german.properties";

    /** CoreNLP's coarse entity types that a complaint can be about, and Nabız's names for them. */
    private static final Map<String, String> ENTITY_TYPES =
            Map.of(
                    "ORGANIZATION", Entity.ORG,
                    "LOCATION", Entity.LOCATION,
                    "CITY", Entity.LOCATION,
                    "COUNTRY", Entity.LOCATION,
                    "MISC", Entity.MISC);

    private final Lazy<StanfordCoreNLP> englishSentiment =
            new Lazy<>(
                    () ->
                            new StanfordCoreNLP(
                                    englishProperties("tokenize,ssplit,pos,parse,sentiment")));
    private final Lazy<StanfordCoreNLP> englishEntities =
            new Lazy<>(
                    () -> new StanfordCoreNLP(englishProperties("tokenize,ssplit,pos,lemma,ner")));
    private final Lazy<StanfordCoreNLP> germanEntities = new Lazy<>(CoreNlpBackend::germanPipeline);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> sentimentLanguages() {
        return SENTIMENT_LANGUAGES;
    }

    @Override
    public Sentiment sentiment(String text, String lang, Set<SentimentLabel> allowed) {
        if (!SENTIMENT_LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException(
                    "CoreNLP scores sentiment in English only, not " + lang);
        }
        Annotation annotation = new Annotation(text);
        englishSentiment.get().annotate(annotation);
        double[] mean = new double[SentimentClasses.CLASSES];
        double weight = 0;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            double length = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
            var predictions = RNNCoreAnnotations.getPredictions(tree);
            for (int c = 0; c < SentimentClasses.CLASSES; c++) {
                mean[c] += length * predictions.get(c);
            }
            weight += length;
        }
        if (weight == 0) {
            return new Sentiment(SentimentLabel.NEUTRAL, 0, 0);
        }
        for (int c = 0; c < mean.length; c++) {
            mean[c] /= weight;
        }
        return SentimentClasses.toSentiment(mean, allowed);
    }

    @Override
    public List<Entity> entities(String text, String lang) {
        StanfordCoreNLP pipeline =
                switch (lang) {
                    case "en" -> englishEntities.get();
                    case "de" -> germanEntities.get();
                    default -> null;
                };
        if (pipeline == null) {
            return List.of();
        }
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<Entity> out = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            String type = ENTITY_TYPES.get(mention.entityType());
            if (type != null) {
                out.add(new Entity(mention.text(), type));
            }
        }
        return out;
    }

    private static Properties englishProperties(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        // Dates, numbers and fine-grained types cost time and are not what complaints are about.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        return props;
    }

    private static StanfordCoreNLP germanPipeline() {
        Properties props = new Properties();
        try (InputStream in =
                StanfordCoreNLP.class.getClassLoader().getResourceAsStream(GERMAN_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing "
                                + GERMAN_PROPERTIES
                                + ": the CoreNLP German models jar is not on the classpath");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Entities need no dependency parse.
        props.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
        return new StanfordCoreNLP(props);
    }

    /** A value built on first use, once, thread-safely. */
    private static final class Lazy<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        value = v = factory.get();
                    }
                }
            }
            return v;
        }
    }
}
