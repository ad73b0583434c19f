package io.nabiz.jobs.board;

import io.nabiz.engine.json.Json;
import java.io.IOException;

/**
 * Records a person's decision once per incident and state: the first acknowledgement (or
 * resolution) of an incident is written to the resolutions topic, a repeated click or a second
 * person's click finds it recorded and writes nothing.
 *
 * <p>Decisions are taken one at a time, so two clicks at once cannot both find the state open; the
 * view learns the written record at once, before the topic hands it back (which it then ignores as
 * known).
 */
final class ResolutionDesk {

    /** What became of a request. */
    enum Outcome {
        WRITTEN,
        ALREADY_RECORDED,
        UNKNOWN_INCIDENT
    }

    private final IncidentView view;
    private final ResolutionWriter writer;

    ResolutionDesk(IncidentView view, ResolutionWriter writer) {
        this.view = view;
        this.writer = writer;
    }

    synchronized Outcome record(Resolution r) throws IOException {
        switch (view.standing(r.alertId(), r.state())) {
            case UNKNOWN:
                return Outcome.UNKNOWN_INCIDENT;
            case RECORDED:
                return Outcome.ALREADY_RECORDED;
            default:
                writer.write(r);
                view.acceptResolution(Json.MAPPER.valueToTree(r));
                return Outcome.WRITTEN;
        }
    }
}
