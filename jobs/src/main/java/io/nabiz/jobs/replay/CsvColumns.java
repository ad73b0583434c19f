package io.nabiz.jobs.replay;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which CSV column holds which Mention field, resolved against a file's header line.
 *
 * <p>A field is read from the column the mapping names ({@code text=body}) or, unmapped, from the
 * column of the field's own name; required fields without a column and mapped columns the header
 * lacks are rejected before the replay starts, not as one dead letter per row.
 */
public final class CsvColumns implements Serializable {

    /** Mention fields a column can fill; engagement counts and survey scores are flattened. */
    public static final List<String> FIELDS =
            List.of(
                    "v",
                    "id",
                    "channel",
                    "source",
                    "brand",
                    "ts",
                    "text",
                    "author",
                    "lang",
                    "followers",
                    "likes",
                    "shares",
                    "customer",
                    "nps",
                    "csat");

    static final Set<String> REQUIRED = Set.of("id", "channel", "brand", "ts", "text");
    static final Set<String> COUNTS = Set.of("followers", "likes", "shares");
    static final Set<String> SCORES = Set.of("nps", "csat");

    private static final CsvMapper CSV = new CsvMapper();

    /** Field name to column index, in {@link #FIELDS} order. */
    private final LinkedHashMap<String, Integer> columns;

    private final int width;

    private CsvColumns(LinkedHashMap<String, Integer> columns, int width) {
        this.columns = columns;
        this.width = width;
    }

    /**
     * @param header the file's first line
     * @param mapping field to column name, from {@code --columns}
     * @throws InvalidInputException naming the unknown field or column, or the missing field
     */
    public static CsvColumns resolve(String header, Map<String, String> mapping, String file) {
        for (String field : mapping.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException(
                        "unknown mention field '"
                                + field
                                + "' in --columns (fields: "
                                + FIELDS
                                + ")");
            }
        }
        List<String> names = new ArrayList<>();
        for (String name : split(header.replace("\uFEFF", ""))) {
            names.add(name.strip());
        }
        LinkedHashMap<String, Integer> columns = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String column = mapping.getOrDefault(field, field);
            int index = names.indexOf(column);
            if (index < 0 && mapping.containsKey(field)) {
                throw new InvalidInputException(
                        "unknown column '" + column + "' in " + file + " (columns: " + names + ")");
            }
            if (index < 0 && REQUIRED.contains(field)) {
                throw new InvalidInputException(
                        file
                                + " has no column for '"
                                + field
                                + "': name it with --columns "
                                + field
                                + "=COLUMN (columns: "
                                + names
                                + ")");
            }
            if (index >= 0) {
                columns.put(field, index);
            }
        }
        return new CsvColumns(columns, names.size());
    }

    /** The mapped fields and their column indexes, in {@link #FIELDS} order. */
    public Map<String, Integer> columns() {
        return columns;
    }

    /** How many columns the header names. */
    public int width() {
        return width;
    }

    /** Splits one CSV line (RFC 4180 quoting) into its cells. */
    static String[] split(String line) {
        try (MappingIterator<String[]> rows =
                CSV.readerFor(String[].class)
                        .with(CsvParser.Feature.WRAP_AS_ARRAY)
                        .readValues(line)) {
            return rows.hasNext() ? rows.next() : new String[0];
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a CSV line: " + e.getMessage(), e);
        }
    }
}
