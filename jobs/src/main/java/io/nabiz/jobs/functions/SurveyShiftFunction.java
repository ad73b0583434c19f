package io.nabiz.jobs.functions;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.survey.DetractorShiftRule;
import io.nabiz.engine.survey.SurveyHistory;
import io.nabiz.engine.survey.SurveyShifts;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.serde.JsonStateType;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Judges a key's survey responses window by window with the detractor-shift rule. */
public final class SurveyShiftFunction
        extends KeyedProcessFunction<IncidentKey, WindowStats, Alert> {

    private final DetractorShiftRule rule;
    private final Duration stateTtl;
    private transient SurveyShifts shifts;
    private transient ValueState<SurveyHistory> history;

    /**
     * @param stateTtl a key without survey responses this long is forgotten
     */
    public SurveyShiftFunction(DetractorShiftRule rule, Duration stateTtl) {
        this.rule = rule;
        this.stateTtl = stateTtl;
    }

    @Override
    public void open(OpenContext openContext) {
        shifts = new SurveyShifts(rule, Playbooks.loadDefault());
        ValueStateDescriptor<SurveyHistory> d =
                new ValueStateDescriptor<>("survey-history", JsonStateType.of(SurveyHistory.class));
        d.enableTimeToLive(StateTtlConfig.newBuilder(stateTtl).build());
        history = getRuntimeContext().getState(d);
    }

    @Override
    public void processElement(WindowStats w, Context ctx, Collector<Alert> out) throws Exception {
        SurveyHistory h = history.value() == null ? new SurveyHistory() : history.value();
        shifts.onWindow(h, w).ifPresent(out::collect);
        history.update(h);
    }
}
