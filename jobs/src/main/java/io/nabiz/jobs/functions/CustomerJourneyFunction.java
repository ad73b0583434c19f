package io.nabiz.jobs.functions;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.customer.CareRules;
import io.nabiz.engine.customer.Contact;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.customer.CustomerIncidents;
import io.nabiz.engine.customer.CustomerJourney;
import io.nabiz.engine.customer.CustomerKey;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.jobs.serde.JsonStateType;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps one customer's journey (keyed by brand × customer) and emits their customer-at-risk alerts.
 *
 * <p>Contacts wait in state until the watermark passes them and are then taken in event-time order,
 * so the journey reads the same whichever channel's partition delivered first, and a replay gives
 * the same alerts as the live run. Timers resolve a quiet incident and forget a silent customer in
 * event time ({@code journeyTtl}), so replays clear state as the live job does.
 */
public final class CustomerJourneyFunction
        extends KeyedProcessFunction<CustomerKey, AspectMention, CustomerAlert> {

    private final CareRules rules;
    private transient CustomerIncidents incidents;
    private transient ValueState<CustomerJourney> journey;
    private transient Counter atRisk;

    public CustomerJourneyFunction(CareRules rules) {
        this.rules = rules;
    }

    @Override
    public void open(OpenContext openContext) {
        incidents = new CustomerIncidents(rules, Playbooks.loadDefault());
        journey =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "journey", JsonStateType.of(CustomerJourney.class)));
        atRisk = getRuntimeContext().getMetricGroup().counter("customersAtRisk");
    }

    @Override
    public void processElement(AspectMention m, Context ctx, Collector<CustomerAlert> out)
            throws Exception {
        CustomerJourney j = journey.value() == null ? new CustomerJourney() : journey.value();
        j.receive(Contact.of(m));
        journey.update(j);
        ctx.timerService().registerEventTimeTimer(m.ts().toEpochMilli());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CustomerAlert> out)
            throws Exception {
        CustomerJourney j = journey.value();
        if (j == null) {
            return;
        }
        CustomerKey key = ctx.getCurrentKey();
        for (Contact c : j.takeDue(Instant.ofEpochMilli(timestamp))) {
            incidents.onContact(key, j, c).ifPresent(a -> emit(a, out));
        }
        incidents.onTime(key, j, Instant.ofEpochMilli(timestamp)).ifPresent(a -> emit(a, out));
        if (j.forgettable(timestamp, rules.journeyTtl())) {
            journey.clear();
            return;
        }
        journey.update(j);
        if (j.incidentOpen()) {
            ctx.timerService().registerEventTimeTimer(incidents.resolveAt(j));
        }
        ctx.timerService().registerEventTimeTimer(incidents.forgetAt(j));
    }

    private void emit(CustomerAlert alert, Collector<CustomerAlert> out) {
        if (alert.seq() == 1) {
            atRisk.inc();
        }
        out.collect(alert);
    }
}
