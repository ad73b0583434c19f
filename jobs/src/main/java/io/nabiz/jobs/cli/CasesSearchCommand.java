package io.nabiz.jobs.cli;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.lang.LanguageIdentifier;
import io.nabiz.engine.cases.CaseBase;
import io.nabiz.engine.cases.CaseHit;
import io.nabiz.engine.cases.CaseLibrary;
import io.nabiz.engine.cases.CaseQuery;
import io.nabiz.engine.cases.CaseSearcher;
import io.nabiz.engine.cases.CaseTerms;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nabiz cases search}: the past cases most like a text, with their scores. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Print the past cases most like TEXT, best first, with their scores.")
final class CasesSearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEXT", description = "A complaint, in Turkish, German or English.")
    String text;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            required = true,
            description = "The case base directory.")
    Path index;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "The language TEXT is written in: tr, de or en (default: identified).")
    String lang;

    @Option(names = "--brand", description = "Prefer this brand's cases.")
    String brand;

    @Option(
            names = "--top",
            paramLabel = "N",
            description = "How many cases to print (default: ${DEFAULT-VALUE}).")
    int top = 5;

    @Option(names = "--json", description = "Print one JSON object per case.")
    boolean json;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (lang != null && !LanguageAnalyzers.isSupported(lang)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--lang must be tr, de or en, not '" + lang + "'");
        }
        if (top < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--top must be at least 1");
        }
        if (!Files.isRegularFile(index.resolve(CaseBase.POINTER))) {
            throw new BadInputException("no case base in " + index + " (see 'nabiz cases index')");
        }
        String queryLang = lang != null ? lang : LanguageIdentifier.loadDefault().identify(text);
        CaseTerms vocabulary = CaseTerms.loadDefault();
        PrintWriter out = spec.commandLine().getOut();
        try (CaseLibrary library =
                new CaseLibrary(
                        new CaseBase(index, vocabulary),
                        vocabulary,
                        Duration.ZERO,
                        System::nanoTime)) {
            Optional<CaseSearcher> searcher = library.searcher();
            List<CaseHit> hits =
                    searcher.orElseThrow().search(CaseQuery.of(text, queryLang, brand), top);
            if (!json) {
                out.printf(
                        "%d cases like this (%s, version %s)%n",
                        hits.size(), queryLang, library.version().orElseThrow());
            }
            for (int i = 0; i < hits.size(); i++) {
                print(out, i + 1, hits.get(i));
            }
        }
        return NabizCli.OK;
    }

    private void print(PrintWriter out, int rank, CaseHit hit) throws IOException {
        var c = hit.found();
        if (json) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("title", c.title());
            row.put("resolution", c.resolution());
            row.put("score", hit.toSimilarCase().score());
            row.put("lang", c.lang());
            row.put("brand", c.brand());
            row.put("aspect", c.aspect());
            out.println(Json.MAPPER.writeValueAsString(row));
            return;
        }
        out.printf(
                Locale.ROOT,
                "%2d. %7.3f  %-10s [%s %s/%s] %s%n      resolved: %s%n",
                rank,
                hit.score(),
                c.id(),
                c.lang(),
                c.brand(),
                c.aspect(),
                c.title(),
                c.resolution());
    }
}
