package io.nabiz.jobs.functions;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time for the rule-update stream: none. It always reports the end of time, so a topic that
 * sees one update a month never holds back the rule operator's watermark (an operator with two
 * inputs follows the slower one).
 */
public final class RuleUpdateWatermarks implements WatermarkGenerator<String> {

    public static WatermarkStrategy<String> strategy() {
        return WatermarkStrategy.forGenerator(ctx -> new RuleUpdateWatermarks());
    }

    @Override
    public void onEvent(String event, long eventTimestamp, WatermarkOutput output) {}

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(Watermark.MAX_WATERMARK);
    }
}
