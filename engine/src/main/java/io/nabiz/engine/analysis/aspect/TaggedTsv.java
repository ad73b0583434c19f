package io.nabiz.engine.analysis.aspect;

import io.nabiz.engine.analysis.sentiment.training.LabelledText;
import io.nabiz.engine.analysis.sentiment.training.LabelledTsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a tagged message set: UTF-8 TSV with the header {@code text label aspects cues}; aspects
 * and cues are comma-separated names, an empty column for none. The first two columns are the
 * sentiment format {@link LabelledTsv} reads, so {@code nabiz eval-sentiment} takes the same file.
 */
public final class TaggedTsv {

    private static final int COLUMNS = 4;

    private TaggedTsv() {}

    /**
     * @throws IllegalArgumentException on a row without four columns or with an unknown label,
     *     naming the line
     */
    public static List<TaggedText> read(Path file) throws IOException {
        List<LabelledText> labelled = LabelledTsv.read(file, 0, 1);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<TaggedText> out = new ArrayList<>(labelled.size());
        int next = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length != COLUMNS) {
                throw new IllegalArgumentException(
                        file + ":" + (i + 1) + ": expected text, label, aspects, cues");
            }
            LabelledText row = labelled.get(next++);
            out.add(new TaggedText(row.text(), row.label(), names(cols[2]), names(cols[3])));
        }
        return out;
    }

    private static Set<String> names(String column) {
        return Arrays.stream(column.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
