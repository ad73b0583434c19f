package io.nabiz.engine.cases;

import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of a case base: one text field per language ({@code text_tr}, {@code text_de},
 * {@code text_en}) holding the title and text of that language's cases, plus the brand, the aspect
 * and the concepts as exact terms that every language shares.
 */
public final class CaseIndex {

    public static final String ID = "id";
    public static final String LANG = "lang";
    public static final String BRAND = "brand";
    public static final String ASPECT = "aspect";
    public static final String CONCEPT = "concept";

    /** The whole case as JSON, so a hit needs no second lookup. */
    static final String STORED = "case";

    private static final String TEXT_PREFIX = "text_";

    private CaseIndex() {}

    /** The text field of {@code lang}. */
    public static String textField(String lang) {
        return TEXT_PREFIX + lang;
    }

    /**
     * Writes {@code cases} into the empty {@code dir} in their order (which breaks score ties, so a
     * fixed index answers the same way every time) and commits.
     */
    public static void write(
            Directory dir, List<Case> cases, CaseAnalysis analysis, CaseTerms vocabulary)
            throws IOException {
        // Every analysed field arrives as a token stream of finished terms; the analyzer only
        // sees the exact-term fields, which are not tokenized anyway.
        IndexWriterConfig config =
                new IndexWriterConfig(new KeywordAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                        .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Case c : cases) {
                writer.addDocument(document(c, analysis, vocabulary));
            }
        }
    }

    private static Document document(Case c, CaseAnalysis analysis, CaseTerms vocabulary) {
        List<Term> terms = analysis.terms(c.lang(), c.title() + "\n" + c.text());
        Document doc = new Document();
        doc.add(new StringField(ID, c.id(), Field.Store.YES));
        doc.add(new StringField(LANG, c.lang(), Field.Store.NO));
        doc.add(new StringField(BRAND, c.brand(), Field.Store.NO));
        doc.add(new StringField(ASPECT, c.aspect(), Field.Store.NO));
        Set<String> concepts = new LinkedHashSet<>(vocabulary.concepts(terms, c.lang()));
        for (String concept : concepts) {
            doc.add(new StringField(CONCEPT, concept, Field.Store.NO));
        }
        doc.add(
                new Field(
                        textField(c.lang()),
                        new TermListTokenStream(CaseAnalysis.indexTerms(terms)),
                        TextField.TYPE_NOT_STORED));
        doc.add(new StoredField(STORED, CaseCodec.encode(c)));
        return doc;
    }

    static Case stored(Document doc) throws IOException {
        return Json.MAPPER.readValue(doc.get(STORED), Case.class);
    }
}
