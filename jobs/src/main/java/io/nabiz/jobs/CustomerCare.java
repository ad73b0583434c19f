package io.nabiz.jobs;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.customer.CareRules;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.customer.CustomerKey;
import io.nabiz.engine.customer.IdentityMap;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.functions.CustomerIdentifier;
import io.nabiz.jobs.functions.CustomerJourneyFunction;
import io.nabiz.jobs.functions.SurveyShiftFunction;
import io.nabiz.jobs.serde.RecordTypes;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The per-customer part of the listen pipeline, wired in one place: who wrote (identity join), each
 * customer's journey (customer-at-risk), and survey detractor shifts.
 *
 * <pre>
 * mentions ─ identify ─ enrich ─┬─ (brand, aspect) windows ─┬─ rules … ─► alerts
 *                               │                           └─ brand-wide survey figures ─ detractor-shift ─► alerts
 *                               └─ keyBy(brand, customer) ─ journey ─► customer alerts
 * </pre>
 *
 * @param identities author handles and e-mail hashes to customer ids
 * @param rules the customer-at-risk and detractor-shift rules
 */
public record CustomerCare(IdentityMap identities, CareRules rules) implements Serializable {

    /** The identity map and care rules bundled in {@code config/}. */
    public static CustomerCare bundled() {
        return new CustomerCare(IdentityMap.loadDefault(), CareRules.loadDefault());
    }

    /** The files the settings name, the bundled ones where they name none. */
    public static CustomerCare of(JobSettings.Customers files) throws IOException {
        return new CustomerCare(
                files.identities() == null
                        ? IdentityMap.loadDefault()
                        : IdentityMap.load(Path.of(files.identities())),
                files.rules() == null
                        ? CareRules.loadDefault()
                        : CareRules.load(Path.of(files.rules())));
    }

    /**
     * Mentions with their customer filled in from the identity map where the source left it out.
     */
    DataStream<Mention> identify(DataStream<Mention> mentions) {
        return mentions.map(new CustomerIdentifier(identities))
                .name("identify-customers")
                .uid("identify-customers");
    }

    /**
     * Customer-at-risk alerts from the enriched mentions of known customers. The brand-wide record
     * of each mention is left out: the aspect records carry everything and name the aspects.
     */
    DataStream<CustomerAlert> journeys(DataStream<AspectMention> enriched) {
        return enriched.filter(
                        m ->
                                m.customer() != null
                                        && !m.key().isBrandWide()
                                        && !m.key().isNarrowed())
                .name("known-customers")
                .keyBy(m -> new CustomerKey(m.key().brand(), m.customer()))
                .process(new CustomerJourneyFunction(rules))
                .returns(RecordTypes.CUSTOMER_ALERT)
                .name("customer-journeys")
                .uid("customer-journeys");
    }

    /**
     * Detractor-shift alerts, judged on each brand as a whole so one shift is one alert; aspect
     * keys carry their survey figures in the window stats but are not judged.
     */
    DataStream<Alert> surveyShifts(DataStream<WindowStats> stats, Duration stateTtl) {
        return stats.filter(w -> w.key().isBrandWide() && w.survey().responses() > 0)
                .name("survey-windows")
                .keyBy(WindowStats::key)
                .process(new SurveyShiftFunction(rules.detractorShift(), stateTtl))
                .returns(RecordTypes.ALERT)
                .name("detractor-shift")
                .uid("detractor-shift");
    }
}
