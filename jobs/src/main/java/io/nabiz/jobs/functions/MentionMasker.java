package io.nabiz.jobs.functions;

import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.privacy.PiiMasker;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Masks the personal data in each mention's text, once, before anything reads it: analysis,
 * windows, alerts, reports and the late-mentions topic all see the masked text.
 */
public final class MentionMasker implements MapFunction<Mention, Mention> {

    @Override
    public Mention map(Mention mention) {
        String masked = PiiMasker.mask(mention.text());
        // Most texts hold no personal data: keep the record rather than copy it.
        return masked.equals(mention.text()) ? mention : mention.withText(masked);
    }
}
