package io.nabiz.engine.analysis.sentiment.training;

import io.nabiz.engine.analysis.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads labelled sentiment data: UTF-8, tab-separated, one header line, labels {@code negative},
 * {@code neutral}, {@code positive} (any case).
 */
public final class LabelledTsv {

    public static final int DEFAULT_TEXT_COLUMN = 0;
    public static final int DEFAULT_LABEL_COLUMN = 1;

    private LabelledTsv() {}

    /**
     * @throws IllegalArgumentException on a row without the columns or with an unknown label,
     *     naming the line
     */
    public static List<LabelledText> read(Path file, int textColumn, int labelColumn)
            throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), textColumn, labelColumn);
        }
    }

    /**
     * A classpath resource, such as the customer-service sentences shipped under {@code
     * /config/samples/}.
     *
     * @throws IllegalStateException when the resource is missing
     */
    public static List<LabelledText> readResource(String resource, int textColumn, int labelColumn)
            throws IOException {
        InputStream in = LabelledTsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader, resource, textColumn, labelColumn);
        }
    }

    private static List<LabelledText> read(
            BufferedReader reader, String file, int textColumn, int labelColumn)
            throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException(file + ": empty file, expected a header line");
        }
        int lineNumber = 1;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length <= Math.max(textColumn, labelColumn)) {
                throw new IllegalArgumentException(
                        file
                                + ":"
                                + lineNumber
                                + ": expected at least "
                                + (Math.max(textColumn, labelColumn) + 1)
                                + " tab-separated columns");
            }
            rows.add(
                    new LabelledText(cols[textColumn], label(cols[labelColumn], file, lineNumber)));
        }
        return rows;
    }

    private static SentimentLabel label(String raw, String file, int lineNumber) {
        try {
            return SentimentLabel.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    file
                            + ":"
                            + lineNumber
                            + ": unknown label '"
                            + raw
                            + "', expected negative, neutral or positive");
        }
    }
}
