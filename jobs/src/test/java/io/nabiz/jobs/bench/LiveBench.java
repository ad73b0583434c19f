package io.nabiz.jobs.bench;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Engagement;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.jobs.ListenJob;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.config.SettingsTree;
import io.nabiz.jobs.local.EmbeddedKafka;
import io.nabiz.jobs.local.Folders;
import io.nabiz.jobs.reliability.CapturingReporter;
import io.nabiz.jobs.serde.DecodedRecord;
import io.nabiz.jobs.serde.JsonRecordSerializer;
import io.nabiz.jobs.serde.MentionDeserializer;
import io.nabiz.jobs.serde.RecordTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The live benchmarks, on an in-process broker and a MiniCluster at parallelism 2 with exactly-once
 * sinks: the listen job against a pass-through job on the same pre-loaded topics ({@code e2e}),
 * event-to-alert latency under constant load with injected bursts ({@code latency}), and throughput
 * and checkpoint size as keys grow ({@code cost}). Run by {@code scripts/bench}; it prints figures
 * and asserts nothing.
 *
 * <pre>java … io.nabiz.jobs.bench.LiveBench e2e|latency|cost RESULT.json [--quick]</pre>
 */
public final class LiveBench {

    private static final int PARALLELISM = 2;
    private static final int PARTITIONS = 2;
    private static final long SEED = 16;

    /** Counts what the listen job has read: {@code DeadLetterSplitter}'s per-channel counters. */
    private static final String LISTEN_READ = ".mentionsIn";

    private static final String PASS_THROUGH_READ = ".passedThrough";

    private final EmbeddedKafka kafka;
    private final Path work;
    private final boolean quick;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private LiveBench(EmbeddedKafka kafka, Path work, boolean quick) {
        this.kafka = kafka;
        this.work = work;
        this.quick = quick;
    }

    public static void main(String[] args) {
        // The broker's and the cluster's leftover threads would keep the JVM alive, also after a
        // failure: exit either way.
        try {
            run(args);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String part = args[0];
        Path out = Path.of(args[1]);
        boolean quick = Arrays.asList(args).contains("--quick");
        Path work = Path.of("target", "bench", "work", part).toAbsolutePath();
        Folders.deleteRecursively(work);
        Files.createDirectories(work);
        Map<String, Object> figures;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work)) {
            LiveBench bench = new LiveBench(kafka, work, quick);
            switch (part) {
                case "e2e" -> bench.endToEnd();
                case "latency" -> bench.latency();
                case "cost" -> bench.cost();
                default -> throw new IllegalArgumentException("unknown part " + part);
            }
            figures = bench.figures;
        }
        BenchResults.write(out, figures);
        Folders.deleteRecursively(work);
    }

    /** The listen job and a pass-through job on the same pre-loaded mentions. */
    private void endToEnd() throws Exception {
        long count = quick ? 400_000 : 2_000_000;
        // Checkpoints to files, as on a cluster: the listen job's state outgrows the 5 MB that
        // JobManager memory takes, and a declined checkpoint restarts the job from the start.
        Path checkpoints = work.resolve("checkpoints-e2e");
        JobSettings settings =
                settings(
                        "e2e",
                        JobSettings.loadDefault().checkpoints().interval(),
                        checkpoints.toUri().toString());
        kafka.createTopics(PARTITIONS, settings.kafka().topics().all());
        String passTopic = "e2e.passed-through";
        kafka.createTopics(PARTITIONS, List.of(passTopic));
        preload(
                settings,
                new MentionStream(SEED, MentionStream.Shape.live(count, 500, Duration.ofHours(6))));

        CapturingReporter.clear();
        BenchRun pass =
                BenchRun.watch(
                        passThrough(settings, passTopic),
                        PASS_THROUGH_READ,
                        count,
                        null,
                        BenchRun.End.FINISHED);
        report("passthrough", pass);
        int markers = sendEndOfEventTime(settings);
        BenchRun listen = listen(settings, count + markers, checkpoints);
        report("listen", listen);
        figures.put("state_listen_bytes", listen.maxCheckpointBytes());
        figures.put("e2e_listen_vs_passthrough", round(listen.perSecond() / pass.perSecond(), 3));

        // The same input again, by a new listen job of its own (group, transactions, checkpoints)
        // in the same JVM: the code is compiled by now, as on a TaskManager that has run a while.
        Path again = work.resolve("checkpoints-e2e-again");
        BenchRun second =
                listen(
                        SettingsTree.with(
                                settings,
                                Map.of(
                                        "kafka.groupId", "e2e-again",
                                        "kafka.transactionalIdPrefix", "e2e-again",
                                        "state.checkpointDirectory", again.toUri().toString())),
                        count + markers,
                        again);
        report("listen_again", second);
        figures.put(
                "e2e_listen_again_vs_passthrough", round(second.perSecond() / pass.perSecond(), 3));
    }

    /**
     * The listen job as it runs in production, listening forever with partitions that run ahead
     * paused ({@code eventTime.maxDrift}), catching up on the pre-loaded topics: watched from its
     * first read until the checkpoint after its last read has committed the last alerts. One
     * mention per channel partition, a day after the rest, moves event time past every window.
     */
    private BenchRun listen(JobSettings settings, long records, Path checkpoints) throws Exception {
        CapturingReporter.clear();
        return BenchRun.watch(
                new ListenJob(settings, RuleSetLoader.loadDefault(), false)
                        .executeAsync(environment()),
                LISTEN_READ,
                records,
                checkpoints,
                BenchRun.End.COMMITTED_AFTER_LAST_READ);
    }

    /** Instants after every pre-loaded mention's, by a day and more. */
    private static final Instant END_OF_EVENT_TIME = Instant.parse("2026-11-23T00:00:00Z");

    /** Writes one mention far ahead to every partition of the channel topics; returns how many. */
    private int sendEndOfEventTime(JobSettings settings) {
        MentionCodec codec = new MentionCodec();
        int sent = 0;
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (Channel channel : List.of(Channel.CHAT, Channel.EMAIL, Channel.SOCIAL)) {
                for (int partition = 0; partition < PARTITIONS; partition++) {
                    Mention end =
                            new Mention(
                                    Mention.VERSION,
                                    "end-" + channel + "-" + partition,
                                    channel,
                                    null,
                                    "bench-end",
                                    END_OF_EVENT_TIME,
                                    "end of the pre-loaded mentions",
                                    "bench",
                                    Engagement.NONE,
                                    "en");
                    producer.send(
                            new ProducerRecord<>(
                                    topic(settings.kafka().topics().mentions(), channel),
                                    partition,
                                    null,
                                    codec.encode(end)));
                    sent++;
                }
            }
            producer.flush();
        }
        return sent;
    }

    /**
     * Event-to-alert latency at two checkpoint intervals: background mentions at a constant rate,
     * and every two seconds a burst for a brand of its own with one complaint from a high-reach
     * account, which opens an incident as soon as its window is judged. Event time runs {@value
     * #SPEEDUP}× faster than the clock so a 5-minute window closes in half a second: the latency
     * measured is the pipeline's, plus at most {@code (window + disorder) / SPEEDUP} of event time.
     *
     * <p>Bursts start once event time moves (the first judged window is visible): the survey topic
     * gets no background load, so it holds event time back until the source takes it for idle
     * ({@code eventTime.idleTimeout}, 15 s), as it does after any start of the job.
     */
    private void latency() throws Exception {
        int bursts = quick ? 8 : 25;
        for (Duration interval : List.of(Duration.ofSeconds(2), Duration.ofSeconds(10))) {
            String name = "lat" + interval.toSeconds();
            JobSettings settings =
                    atSpeedup(
                            settings(
                                    name,
                                    interval,
                                    work.resolve("checkpoints-" + name).toUri().toString()));
            kafka.createTopics(PARTITIONS, settings.kafka().topics().all());
            RuleSet rules = latencyRules();
            CapturingReporter.clear();
            JobClient job = new ListenJob(settings, rules, false).executeAsync(environment());
            BurstFigures measured = measureBursts(settings, bursts, rules.window());
            List<Double> latencies = measured.latencies();
            job.cancel().get();
            latencies.sort(null);
            String key = "alert_ckpt" + interval.toSeconds() + "s";
            if (!latencies.isEmpty()) { // no figure rather than a made-up one
                figures.put(key + "_p50_ms", round(percentile(latencies, 0.50), 0));
                figures.put(key + "_p99_ms", round(percentile(latencies, 0.99), 0));
            }
            figures.put(key + "_bursts", bursts);
            figures.put(key + "_alerted", latencies.size());
            figures.put(key + "_eventtime_moved_ms", round(measured.eventTimeMovedMs(), 0));
            figures.put(key + "_window_wait_p50_ms", round(measured.windowWaitP50Ms(), 0));
            figures.put(key + "_backlog", measured.backlog());
            // A mention read more than the allowed disorder (at SPEEDUP: 0.2 s) after newer ones of
            // other partitions is late: a burst whose loud mention was late cannot alert.
            figures.put(key + "_late_mentions", CapturingReporter.counter(".late"));
            System.out.printf(
                    "latency at %s checkpoints: event time moved after %.0f ms; %d of %d bursts"
                            + " alerted, p50 %.0f ms, p99 %.0f ms (of it waiting for the window:"
                            + " p50 %.0f ms); %,d mentions not yet read at the end, %,d late%n",
                    interval,
                    measured.eventTimeMovedMs(),
                    latencies.size(),
                    bursts,
                    percentile(latencies, 0.5),
                    percentile(latencies, 0.99),
                    measured.windowWaitP50Ms(),
                    measured.backlog(),
                    CapturingReporter.counter(".late"));
        }
        figures.put("latency_background_per_s", backgroundPerSecond());
    }

    /** Throughput and checkpointed state as brand × aspect keys grow. */
    private void cost() throws Exception {
        long count = quick ? 150_000 : 400_000;
        double first = 0;
        for (int keys : List.of(1_000, 10_000, 100_000)) {
            String name = "keys" + keys / 1000 + "k";
            Path checkpoints = work.resolve("checkpoints-" + name);
            JobSettings settings =
                    settings(name, Duration.ofSeconds(3), checkpoints.toUri().toString());
            kafka.createTopics(PARTITIONS, settings.kafka().topics().all());
            preload(
                    settings,
                    new MentionStream(
                            SEED, MentionStream.Shape.keys(count, keys, Duration.ofHours(2))));
            int markers = sendEndOfEventTime(settings);
            BenchRun run = listen(settings, count + markers, checkpoints);
            report(name, run);
            figures.put("state_" + name + "_bytes", run.maxCheckpointBytes());
            if (first == 0) {
                first = run.perSecond();
            } else {
                figures.put("e2e_" + name + "_vs_keys1k", round(run.perSecond() / first, 3));
            }
        }
    }

    private void report(String name, BenchRun run) {
        figures.put("e2e_" + name + "_per_s", round(run.perSecond(), 0));
        figures.put("e2e_" + name + "_records", run.records());
        figures.put("e2e_" + name + "_warm_per_s", round(run.warmPerSecond(), 0));
        figures.put("e2e_" + name + "_seconds", round(run.seconds(), 2));
        figures.put("e2e_" + name + "_read_seconds", round(run.readSeconds(), 2));
        figures.put("e2e_" + name + "_cpu_cores", round(run.cpuCores(), 2));
        // What one core carries, for sizing a cluster: broker and collector included.
        figures.put("e2e_" + name + "_per_core", round(run.perSecond() / run.cpuCores(), 0));
        figures.put(
                "e2e_" + name + "_cpu_us_per_mention",
                round(run.cpuCores() * run.seconds() * 1e6 / run.records(), 1));
        figures.put("e2e_" + name + "_peak_heap_mb", run.peakHeapBytes() >> 20);
        figures.put("e2e_" + name + "_live_heap_mb", run.liveHeapBytes() >> 20);
        System.out.printf(
                "%s: %,d records in %.1f s (read in %.1f s) = %,.0f/s, %.2f cores, heap peak %d MB%n",
                name,
                run.records(),
                run.seconds(),
                run.readSeconds(),
                run.perSecond(),
                run.cpuCores(),
                run.peakHeapBytes() >> 20);
        ThreadCpu.print(name + " by thread", run.cpuMicrosPerRecord());
    }

    private JobSettings settings(String name, Duration checkpointInterval, String checkpointDir) {
        JobSettings d = JobSettings.loadDefault();
        Map<String, Object> values =
                new java.util.HashMap<>(
                        Map.of(
                                "kafka.bootstrapServers",
                                kafka.bootstrapServers(),
                                "kafka.groupId",
                                name,
                                "kafka.transactionalIdPrefix",
                                name,
                                "kafka.topics",
                                d.kafka().topics().prefixed(name),
                                "checkpoints.interval",
                                checkpointInterval.toString(),
                                "parallelism",
                                PARALLELISM));
        if (checkpointDir != null) {
            values.put("state.checkpointDirectory", checkpointDir);
        }
        return SettingsTree.with(d, values);
    }

    private StreamExecutionEnvironment environment() {
        Configuration conf = new Configuration();
        conf.set(CoreOptions.TMP_DIRS, work.toString());
        conf.setString(
                "metrics.reporter.capture.factory.class",
                CapturingReporter.Factory.class.getName());
        return StreamExecutionEnvironment.createLocalEnvironment(PARALLELISM, conf);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "1");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 << 10));
        return new KafkaProducer<>(p);
    }

    private void preload(JobSettings settings, MentionStream stream) {
        List<String> topics = settings.kafka().topics().mentions();
        MentionCodec codec = new MentionCodec();
        long start = System.nanoTime();
        long n = 0;
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            while (stream.hasNext()) {
                Mention m = stream.next();
                producer.send(new ProducerRecord<>(topic(topics, m.channel()), codec.encode(m)));
                n++;
            }
            producer.flush();
        }
        System.out.printf(
                "pre-loaded %,d mentions in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
    }

    /** The channel's topic: the settings list them as chat, e-mail, social. */
    private static String topic(List<String> topics, Channel channel) {
        return topics.get(channel.ordinal());
    }

    /** Decodes each record as the listen job does and writes it back, exactly once. */
    private JobClient passThrough(JobSettings settings, String outTopic) throws Exception {
        StreamExecutionEnvironment env = environment();
        env.setParallelism(PARALLELISM);
        env.enableCheckpointing(
                settings.checkpoints().interval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        RecordTypes.configure(env);
        KafkaSource<DecodedRecord> source =
                KafkaSource.<DecodedRecord>builder()
                        .setBootstrapServers(settings.kafka().bootstrapServers())
                        .setTopics(settings.kafka().topics().mentions())
                        .setGroupId("pass-through")
                        .setStartingOffsets(OffsetsInitializer.earliest())
                        .setBounded(OffsetsInitializer.latest())
                        .setDeserializer(new MentionDeserializer())
                        .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                        .build();
        KafkaSink<byte[]> sink =
                KafkaSink.<byte[]>builder()
                        .setBootstrapServers(settings.kafka().bootstrapServers())
                        .setRecordSerializer(
                                new JsonRecordSerializer<byte[]>(t -> outTopic, v -> null, v -> v))
                        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                        .setTransactionalIdPrefix("pass-through")
                        .setProperty(
                                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                                Long.toString(settings.kafka().transactionTimeout().toMillis()))
                        .build();
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "mentions")
                .flatMap(new PassThrough())
                .name("pass-through")
                .sinkTo(sink)
                .name("kafka-out");
        return env.executeAsync("bench-pass-through");
    }

    /** Writes each mention back as contract JSON, counting them. */
    static final class PassThrough extends RichFlatMapFunction<DecodedRecord, byte[]> {
        private transient MentionCodec codec;
        private transient Counter passed;

        @Override
        public void open(OpenContext openContext) {
            codec = new MentionCodec();
            passed = getRuntimeContext().getMetricGroup().counter("passedThrough");
        }

        @Override
        public void flatMap(DecodedRecord record, Collector<byte[]> out) {
            if (record.isMention()) {
                out.collect(codec.encode(record.mention()));
            }
            passed.inc();
        }
    }

    // ---- latency

    /**
     * Background mentions a second: a fraction of what the job reads on two cores, so bursts do not
     * wait behind a backlog of it (the figure {@code _backlog} says whether they did).
     */
    private int backgroundPerSecond() {
        return quick ? 500 : 2_000;
    }

    private static final long SPEEDUP = 600;
    private static final Duration BURST_EVERY = Duration.ofSeconds(2);
    private static final int BURST_SIZE = 20;

    /** The job's idle timeout (a minute) and its start, with room to spare. */
    private static final Duration EVENT_TIME_MOVES_WITHIN = Duration.ofMinutes(2);

    /** Steady load after event time first moves, before the first burst. */
    private static final Duration STEADY = Duration.ofSeconds(5);

    private static final Instant SIM_START = Instant.parse("2026-11-20T06:00:00Z");
    private static final String BURST_TEXT =
            "Worst service ever, this is terrible and I am so angry";

    /**
     * The settings with the drift a partition may run ahead stretched by {@link #SPEEDUP}: at 600×
     * the clock the shipped ten minutes are one second of real time, within the jitter of the
     * producer's batches, and partitions would pause that a listening job at the clock's pace never
     * pauses.
     */
    private static JobSettings atSpeedup(JobSettings settings) {
        Duration drift = settings.eventTime().maxDrift().multipliedBy(SPEEDUP);
        return SettingsTree.with(settings, Map.of("eventTime.maxDrift", drift.toString()));
    }

    /** The shipped rules, with keys allowed to alert from their first window. */
    private static RuleSet latencyRules() throws Exception {
        String yaml;
        try (InputStream in = LiveBench.class.getResourceAsStream(RuleSetLoader.DEFAULT_RESOURCE)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new RuleSetLoader(Playbooks.loadDefault())
                .parse(yaml.replaceFirst("warmup: PT2H", "warmup: PT0S"));
    }

    /**
     * What the bursts gave.
     *
     * @param latencies milliseconds from each alerted burst's first record written to its alert
     *     visible
     * @param eventTimeMovedMs when, after the job was started, its first judged window was visible
     * @param windowWaitP50Ms of each latency, the median wait for event time alone: until the
     *     burst's window ends and the allowed disorder has passed, at {@link #SPEEDUP}
     * @param backlog mentions written and not yet read at the end
     */
    private record BurstFigures(
            List<Double> latencies,
            double eventTimeMovedMs,
            double windowWaitP50Ms,
            long backlog) {}

    private BurstFigures measureBursts(JobSettings settings, int bursts, Duration window)
            throws Exception {
        List<String> topics = settings.kafka().topics().mentions();
        MentionCodec codec = new MentionCodec();
        long t0 = System.nanoTime();
        Map<String, Long> written = new ConcurrentHashMap<>();
        Map<String, Double> seen = new ConcurrentHashMap<>();
        AtomicLong firstJudged = new AtomicLong(-1);
        AtomicBoolean stop = new AtomicBoolean();
        List<Double> windowWaits = new ArrayList<>();
        long backlog;
        long disorder = settings.eventTime().maxOutOfOrderness().toMillis();
        // Keyed by mention id: records of every topic spread over its partitions as a feed's do.
        // Unkeyed, the producer sticks to one partition per batch, and a partition a quiet channel
        // leaves out for seconds holds event time back as long.
        int perSecond = backgroundPerSecond();
        AtomicLong sentInAll = new AtomicLong();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            Thread background =
                    new Thread(
                            () -> {
                                MentionStream stream =
                                        new MentionStream(
                                                SEED,
                                                MentionStream.Shape.live(
                                                        Long.MAX_VALUE, 300, Duration.ofDays(1)));
                                long sent = 0;
                                while (!stop.get()) {
                                    long due =
                                            (System.nanoTime() - t0) * perSecond / 1_000_000_000L;
                                    for (; sent < due; sent++) {
                                        send(
                                                producer,
                                                topics,
                                                codec,
                                                withTime(stream.next(), simNow(t0)));
                                    }
                                    sentInAll.set(sent);
                                    sleep(5);
                                }
                            },
                            "background-load");
            Thread alerts =
                    new Thread(
                            () -> readAlerts(settings, t0, seen, firstJudged, stop),
                            "alert-reader");
            background.start();
            alerts.start();
            // The job starts, the JIT warms up, event time gets going.
            long moving = System.nanoTime() + EVENT_TIME_MOVES_WITHIN.toNanos();
            while (firstJudged.get() < 0 && System.nanoTime() < moving) {
                sleep(100);
            }
            sleep(STEADY.toMillis());
            for (int b = 0; b < bursts; b++) {
                String brand = "burst" + b;
                long start = System.nanoTime();
                written.put(brand, start);
                Instant ts = simNow(t0);
                long at = ts.toEpochMilli();
                long windowEnd = at - Math.floorMod(at, window.toMillis()) + window.toMillis();
                windowWaits.add((windowEnd + disorder - at) / (double) SPEEDUP);
                for (int i = 0; i < BURST_SIZE; i++) {
                    send(producer, topics, codec, burstMention(brand, b, i, simNow(t0)));
                }
                producer.flush();
                sleep(BURST_EVERY.toMillis());
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < bursts && System.nanoTime() < deadline) {
                sleep(100);
            }
            // Mentions written and not yet read at the end: more than a second of load is a backlog
            // the bursts waited behind.
            backlog = sentInAll.get() + (long) bursts * BURST_SIZE - listenRead();
            stop.set(true);
            background.join();
            alerts.join();
        }
        List<Double> latencies = new ArrayList<>();
        for (Map.Entry<String, Double> e : seen.entrySet()) {
            Long w = written.get(e.getKey());
            if (w != null) {
                latencies.add(e.getValue() - (w - t0) / 1e6);
            }
        }
        windowWaits.sort(null);
        return new BurstFigures(
                latencies, firstJudged.get(), percentile(windowWaits, 0.5), backlog);
    }

    /** What the listen job has read so far. */
    private static long listenRead() {
        return CapturingReporter.counter(LISTEN_READ);
    }

    private static void send(
            KafkaProducer<byte[], byte[]> producer,
            List<String> topics,
            MentionCodec codec,
            Mention m) {
        producer.send(
                new ProducerRecord<>(
                        topic(topics, m.channel()),
                        m.id().getBytes(StandardCharsets.UTF_8),
                        codec.encode(m)));
    }

    /**
     * Milliseconds since {@code t0} at which each burst brand's first alert became visible, and at
     * which the first judged window did.
     */
    private void readAlerts(
            JobSettings settings,
            long t0,
            Map<String, Double> seen,
            AtomicLong firstJudged,
            AtomicBoolean stop) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "latency-reader-" + settings.kafka().groupId());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            String judged = settings.kafka().topics().judgedWindows();
            consumer.subscribe(List.of(settings.kafka().topics().alerts(), judged));
            while (!stop.get()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                    double at = (System.nanoTime() - t0) / 1e6;
                    if (r.topic().equals(judged)) {
                        firstJudged.compareAndSet(-1, Math.round(at));
                        continue;
                    }
                    try {
                        Alert a = AlertCodec.decode(r.value());
                        seen.putIfAbsent(a.key().brand(), at);
                    } catch (IOException e) {
                        throw new IllegalStateException("unreadable alert", e);
                    }
                }
            }
        }
    }

    private static Mention burstMention(String brand, int burst, int i, Instant ts) {
        boolean loud = i == 0;
        return new Mention(
                Mention.VERSION,
                brand + "-" + i,
                loud ? Channel.SOCIAL : Channel.values()[i % 3],
                null,
                brand,
                ts,
                BURST_TEXT,
                "burst-author-" + burst + "-" + i,
                loud ? new Engagement(6_000_000, 10, 0) : Engagement.NONE,
                "en");
    }

    private static Instant simNow(long t0) {
        return SIM_START.plusNanos((System.nanoTime() - t0) * SPEEDUP);
    }

    private static Mention withTime(Mention m, Instant ts) {
        return new Mention(
                m.v(),
                m.id(),
                m.channel(),
                m.source(),
                m.brand(),
                ts,
                m.text(),
                m.author(),
                m.engagement(),
                m.lang());
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
