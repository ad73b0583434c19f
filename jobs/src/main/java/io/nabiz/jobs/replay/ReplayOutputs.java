package io.nabiz.jobs.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.window.WindowStats;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a replay's result files: alerts, customer alerts, judged windows, dead letters and late
 * mentions.
 */
public final class ReplayOutputs {

    public static final String ALERTS = "alerts.jsonl";
    public static final String CUSTOMER_ALERTS = "customer-alerts.jsonl";
    public static final String STATS = "stats.csv";
    public static final String DEAD_LETTERS = "dlq.jsonl";
    public static final String LATE = "late.jsonl";
    public static final String REPORT = "report.html";

    static final String STATS_HEADER =
            "brand,aspect,window_start,window_end,count,negative,negative_share,reach,authors";

    /** The usual level each window was judged against, after the per-channel counts. */
    static final String JUDGEMENT_HEADER = ",expected,spread,threshold";

    private static final String FILE_ORIGIN = "file:";

    private static final Channel[] CHANNELS = Channel.values();

    private ReplayOutputs() {}

    /** Writes every result file into {@code dir}. */
    public static void write(ReplayResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(ALERTS))) {
            for (Alert a : r.alerts()) {
                out.write(AlertCodec.encode(a));
                out.write('\n');
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(CUSTOMER_ALERTS))) {
            for (CustomerAlert a : r.customerAlerts()) {
                out.write(Json.MAPPER.writeValueAsBytes(a));
                out.write('\n');
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(STATS))) {
            out.write(STATS_HEADER);
            for (Channel c : CHANNELS) {
                out.write("," + c.wireName());
            }
            out.write(JUDGEMENT_HEADER);
            out.write('\n');
            // Every key's windows share their bounds: each instant is written out once.
            Map<Instant, String> instants = new HashMap<>();
            StringBuilder row = new StringBuilder(128);
            for (JudgedWindow j : r.judged()) {
                row.setLength(0);
                statsRow(j, instants, row);
                out.append(row).append('\n');
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(DEAD_LETTERS))) {
            for (DeadLetter d : r.deadLetters()) {
                out.write(Json.MAPPER.writeValueAsBytes(deadLetter(d)));
                out.write('\n');
            }
        }
        MentionCodec codec = new MentionCodec();
        try (OutputStream out = Files.newOutputStream(dir.resolve(LATE))) {
            for (Mention m : r.late()) {
                out.write(codec.encode(m));
                out.write('\n');
            }
        }
    }

    /** Appends a window's cells, comma-separated, to {@code row}. */
    private static void statsRow(JudgedWindow j, Map<Instant, String> instants, StringBuilder row) {
        WindowStats s = j.stats();
        row.append(csv(s.key().brand())).append(',');
        row.append(csv(s.key().aspect())).append(',');
        row.append(instants.computeIfAbsent(s.start(), Instant::toString)).append(',');
        row.append(instants.computeIfAbsent(s.end(), Instant::toString)).append(',');
        row.append(s.count()).append(',');
        row.append(s.negativeCount()).append(',');
        row.append(decimal(s.negativeShare())).append(',');
        row.append(s.reach()).append(',');
        row.append(s.distinctAuthors());
        for (Channel c : CHANNELS) {
            row.append(',').append(s.channelCount(c));
        }
        row.append(',').append(decimal(j.expected()));
        row.append(',').append(decimal(j.spread()));
        row.append(',').append(decimal(j.spikeThreshold()));
    }

    /** The dead letter as its contract has it, led by the line number and the line as text. */
    private static ObjectNode deadLetter(DeadLetter d) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        if (d.origin().startsWith(FILE_ORIGIN)) {
            String origin = d.origin();
            node.put("line", Long.parseLong(origin.substring(origin.lastIndexOf(':') + 1)));
        }
        node.put("reason", d.reason());
        node.put("detail", d.detail());
        node.put("original", d.originalText());
        node.setAll((ObjectNode) Json.MAPPER.valueToTree(d));
        return node;
    }

    /**
     * {@code String.format(Locale.ROOT, "%.3f", value)}, which parsed its pattern anew for each of
     * the four figures of every judged window, a third of a replay's writing. Both round the
     * shortest decimal digits of the double half up; negative values, negative zero and the
     * non-finite ones (a sign or a word to keep) still go through the formatter.
     */
    static String decimal(double value) {
        if (Double.isFinite(value) && Double.doubleToRawLongBits(value) >= 0) {
            String shortest = Double.toString(value);
            return shortest.indexOf('E') < 0
                    ? roundedToThreePlaces(shortest)
                    : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * A plain decimal ({@code "12.3456"}, as {@link Double#toString} writes one) rounded half up to
     * three places on its digits, as {@code BigDecimal.setScale} rounds them, without the
     * BigDecimal: what follows the third place is at least a half exactly when its first digit is
     * five or more.
     */
    private static String roundedToThreePlaces(String plain) {
        int dot = plain.indexOf('.');
        int places = plain.length() - dot - 1;
        if (places <= 3) {
            return plain + "000".substring(places);
        }
        char[] kept = plain.substring(0, dot + 4).toCharArray();
        if (plain.charAt(dot + 4) < '5') {
            return new String(kept);
        }
        for (int i = kept.length - 1; i >= 0; i--) {
            if (kept[i] == '.') {
                continue;
            }
            if (kept[i] != '9') {
                kept[i]++;
                return new String(kept);
            }
            kept[i] = '0';
        }
        return "1" + new String(kept);
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Writes the report page. */
    public static void writeReport(String html, Path dir) throws IOException {
        Files.writeString(dir.resolve(REPORT), html, StandardCharsets.UTF_8);
    }
}
