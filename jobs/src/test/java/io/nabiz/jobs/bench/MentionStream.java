package io.nabiz.jobs.bench;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Engagement;
import io.nabiz.engine.mention.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded stream of benchmark mentions: many brands, the busiest few carrying most of the volume
 * (Zipf), Turkish, German and English text from {@link MessageGenerator}, channels, authors and
 * reach as social feeds have them, event times spread over a span with some disorder.
 */
public final class MentionStream {

    /** Language shares: Turkish, German, English. */
    private static final double[] LANGUAGE_CUMULATIVE = cumulative(new double[] {0.45, 0.35, 0.20});

    /** How often each aspect is talked about, in {@link MessageGenerator#ASPECTS} order. */
    private static final double[] ASPECT_SHARES = {
        0.20, 0.15, 0.10, 0.12, 0.08, 0.08, 0.07, 0.05, 0.15
    };

    private static final Duration MAX_DISORDER = Duration.ofSeconds(20);
    private static final int AUTHORS = 200_000;

    /**
     * @param zipf the brands' skew: 0 spreads mentions evenly over the brands, 1 is a long tail
     * @param evenAspects every aspect equally often, so brands × aspects keys fill evenly
     */
    public record Shape(
            int brands,
            double zipf,
            boolean evenAspects,
            Instant start,
            Duration span,
            long count) {

        /** Live traffic: a long tail of brands, aspects as customers raise them. */
        public static Shape live(long count, int brands, Duration span) {
            return new Shape(
                    brands, 1.0, false, Instant.parse("2026-11-20T06:00:00Z"), span, count);
        }

        /** About {@code keys} brand × aspect keys, evenly used. */
        public static Shape keys(long count, int keys, Duration span) {
            int brands = Math.max(1, keys / (MessageGenerator.ASPECTS.size() + 1));
            return new Shape(brands, 0, true, Instant.parse("2026-11-20T06:00:00Z"), span, count);
        }
    }

    private final Shape shape;
    private final Random random;
    private final MessageGenerator messages;
    private final double[] brandCumulative;
    private final double[] aspectCumulative;
    private long next;

    public MentionStream(long seed, Shape shape) {
        this.shape = shape;
        this.random = new Random(seed);
        this.messages = new MessageGenerator(seed + 1);
        double[] weights = new double[shape.brands()];
        for (int b = 0; b < weights.length; b++) {
            weights[b] = 1 / Math.pow(b + 1, shape.zipf());
        }
        this.brandCumulative = cumulative(weights);
        double[] aspects = new double[MessageGenerator.ASPECTS.size()];
        if (shape.evenAspects()) {
            Arrays.fill(aspects, 1);
        } else {
            System.arraycopy(ASPECT_SHARES, 0, aspects, 0, aspects.length);
        }
        this.aspectCumulative = cumulative(aspects);
    }

    public boolean hasNext() {
        return next < shape.count();
    }

    public Mention next() {
        long i = next++;
        String lang = MessageGenerator.LANGUAGES.get(pick(LANGUAGE_CUMULATIVE));
        String aspect = MessageGenerator.ASPECTS.get(pick(aspectCumulative));
        String brand = String.format("brand%05d", pick(brandCumulative));
        double r = random.nextDouble();
        Channel channel = r < 0.6 ? Channel.SOCIAL : r < 0.85 ? Channel.CHAT : Channel.EMAIL;
        long spanMillis = shape.span().toMillis();
        long offset =
                spanMillis * i / shape.count()
                        - (long) (random.nextDouble() * MAX_DISORDER.toMillis());
        Instant ts = shape.start().plusMillis(Math.max(0, offset));
        long followers =
                channel == Channel.SOCIAL
                        ? Math.min(2_000_000, (long) Math.exp(4 + 2 * random.nextGaussian()))
                        : 0;
        Engagement engagement =
                new Engagement(
                        followers,
                        channel == Channel.SOCIAL ? random.nextInt(20) : 0,
                        channel == Channel.SOCIAL && random.nextDouble() < 0.1
                                ? random.nextInt(5)
                                : 0);
        return new Mention(
                Mention.VERSION,
                "m" + i,
                channel,
                channel == Channel.SOCIAL ? "x" : null,
                brand,
                ts,
                messages.message(lang, aspect),
                "u" + random.nextInt(AUTHORS),
                engagement,
                null);
    }

    /** The topic each channel's mentions go to, as in {@code config/nabiz.yaml}. */
    public static String topic(Channel channel) {
        return "mentions." + channel.wireName();
    }

    public static List<String> topics() {
        return Arrays.stream(Channel.values()).map(MentionStream::topic).toList();
    }

    private int pick(double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, r);
        return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }
}
