package io.nabiz.engine.cases;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import io.nabiz.engine.contract.ContractSchema;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.window.IncidentKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes case bases as JSON lines, checking every record against {@code
 * config/schemas/case.schema.json}, the aspect taxonomy and the other records' ids.
 *
 * <p>A case base is read whole or not at all: an index built from half a file would answer with
 * cases that silently miss, so any bad line rejects the file, with every problem by line.
 */
public final class CaseCodec {

    public static final String SCHEMA = "case.schema.json";

    /** More problems than this are not read by anyone; the first ones show what is wrong. */
    private static final int MAX_PROBLEMS = 20;

    private final ContractSchema schema = ContractSchema.load(SCHEMA);
    private final Set<String> aspects;

    /**
     * @param aspects the aspects a case may name (besides {@code all})
     */
    public CaseCodec(Set<String> aspects) {
        this.aspects = Set.copyOf(aspects);
    }

    /**
     * Every case in {@code lines}, in file order; blank lines are skipped.
     *
     * @throws InvalidCasesException naming each bad line, when any line is bad
     */
    public List<Case> read(BufferedReader lines, String source)
            throws IOException, InvalidCasesException {
        List<Case> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int n = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            List<String> lineProblems = new ArrayList<>();
            Case c = decode(line, lineProblems);
            if (c != null) {
                Integer first = firstLine.putIfAbsent(c.id(), n);
                if (first != null) {
                    lineProblems.add("duplicate id '" + c.id() + "' (first on line " + first + ")");
                }
            }
            for (String p : lineProblems) {
                problems.add("line " + n + ": " + p);
            }
            if (lineProblems.isEmpty()) {
                cases.add(c);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add("line " + n + ": stopped reading after " + MAX_PROBLEMS + " problems");
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCasesException(source, problems);
        }
        return cases;
    }

    /** One case as a JSON line (without the line break). */
    public static String encode(Case c) {
        try {
            return Json.MAPPER.writeValueAsString(c);
        } catch (JacksonException e) {
            throw new IllegalStateException("a case always serialises", e);
        }
    }

    public static void write(List<Case> cases, Writer out) throws IOException {
        for (Case c : cases) {
            out.write(encode(c));
            out.write('\n');
        }
    }

    private Case decode(String line, List<String> problems) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
            problems.add("not JSON: " + e.getOriginalMessage());
            return null;
        }
        for (ValidationMessage m : schema.messages(node)) {
            problems.add(m.getMessage());
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Case c = Json.MAPPER.convertValue(node, Case.class);
        if (!aspects.contains(c.aspect()) && !IncidentKey.BRAND_WIDE.equals(c.aspect())) {
            problems.add(
                    "/aspect: '"
                            + c.aspect()
                            + "' is not an aspect of config/aspects.yaml, nor "
                            + IncidentKey.BRAND_WIDE);
            return null;
        }
        return c;
    }
}
