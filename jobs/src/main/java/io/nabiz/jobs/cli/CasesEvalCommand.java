package io.nabiz.jobs.cli;

import io.nabiz.engine.cases.Case;
import io.nabiz.engine.cases.CaseEvaluation;
import io.nabiz.engine.cases.CaseRetrieval;
import io.nabiz.engine.cases.CaseTerms;
import io.nabiz.engine.cases.LabelledQuery;
import io.nabiz.engine.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nabiz cases eval}: how often the expected case comes first (hit@1), in the top three
 * (hit@3), and the mean reciprocal rank, for each retrieval from plain BM25 to the engine's.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description =
                "Measure retrieval on labelled queries: hit@1, hit@3 and MRR per language,"
                        + " cross-language and overall, plain BM25 against the project's analysis.")
final class CasesEvalCommand implements Callable<Integer> {

    @Option(
            names = "--cases",
            paramLabel = "FILE",
            description = "Case records (default: the bundled config/samples/cases.jsonl).")
    Path cases;

    @Option(
            names = "--queries",
            paramLabel = "FILE",
            description =
                    "Labelled queries, JSON lines {id, lang, brand, text, expected, variant}"
                            + " (default: the bundled config/samples/case-queries.jsonl).")
    Path queries;

    @Option(names = "--misses", description = "Also list the queries whose case was not first.")
    boolean misses;

    @Option(names = "--json", description = "Print the figures as one JSON document.")
    boolean json;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CaseTerms vocabulary = CaseTerms.loadDefault();
        List<Case> base = CasesCommand.readCases(cases, vocabulary, spec.commandLine().getErr());
        List<LabelledQuery> labelled;
        try (BufferedReader lines = CasesCommand.open(queries, CasesCommand.SAMPLE_QUERIES)) {
            labelled =
                    LabelledQuery.read(
                            lines,
                            queries == null ? CasesCommand.SAMPLE_QUERIES : queries.toString());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        List<CaseEvaluation.Report> reports = new ArrayList<>();
        try {
            for (CaseRetrieval retrieval : CaseRetrieval.values()) {
                reports.add(CaseEvaluation.evaluate(base, labelled, retrieval, vocabulary));
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (json) {
            Map<String, Object> doc = new TreeMap<>();
            for (CaseEvaluation.Report r : reports) {
                doc.put(r.retrieval().label(), r.groups());
            }
            out.println(Json.MAPPER.writeValueAsString(doc));
            return NabizCli.OK;
        }
        out.printf(
                "%d cases (%s), %d labelled queries%n%n",
                base.size(),
                base.stream()
                        .collect(
                                Collectors.groupingBy(
                                        Case::lang, TreeMap::new, Collectors.counting()))
                        .entrySet()
                        .stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")),
                labelled.size());
        out.printf(
                "%-42s %-15s %4s %7s %7s %7s%n",
                "retrieval", "queries", "n", "hit@1", "hit@3", "MRR");
        for (CaseEvaluation.Report r : reports) {
            r.groups()
                    .forEach(
                            (group, m) ->
                                    out.printf(
                                            Locale.ROOT,
                                            "%-42s %-15s %4d %7.3f %7.3f %7.3f%n",
                                            r.retrieval().label(),
                                            group,
                                            m.queries(),
                                            m.hitAt1(),
                                            m.hitAt3(),
                                            m.mrr()));
            if (misses) {
                out.printf(
                        "  not first (rank, 0 = not in the top %d): %s%n",
                        CaseEvaluation.DEPTH, r.misses());
            }
        }
        return NabizCli.OK;
    }
}
