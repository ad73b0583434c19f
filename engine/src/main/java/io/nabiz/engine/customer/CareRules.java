package io.nabiz.engine.customer;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.survey.DetractorShiftRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The per-customer rules and how their incidents live, as written in {@code config/care.yaml}.
 *
 * @param resolveAfter an incident resolves once the customer has not complained this long
 * @param cooldown after a resolve, the customer may not open a new incident for this long
 * @param journeyTtl a customer silent this long is forgotten, contacts, cooldown and all
 * @param detractorShift the survey rule judged per brand and aspect
 */
public record CareRules(
        int v,
        CustomerAtRiskRule customerAtRisk,
        Duration resolveAfter,
        Duration cooldown,
        Duration journeyTtl,
        DetractorShiftRule detractorShift)
        implements Serializable {

    public static final String DEFAULT_RESOURCE = "/config/care.yaml";

    public CareRules {
        Objects.requireNonNull(customerAtRisk, "customerAtRisk");
        Objects.requireNonNull(resolveAfter, "resolveAfter");
        Objects.requireNonNull(cooldown, "cooldown");
        Objects.requireNonNull(journeyTtl, "journeyTtl");
        Objects.requireNonNull(detractorShift, "detractorShift");
        if (journeyTtl.compareTo(customerAtRisk.horizon()) < 0
                || journeyTtl.compareTo(resolveAfter.plus(cooldown)) < 0) {
            throw new IllegalArgumentException(
                    "journeyTtl must cover the horizon and resolveAfter + cooldown");
        }
    }

    public static CareRules loadDefault() {
        try (InputStream in = CareRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return checked(Json.YAML.readValue(in, CareRules.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static CareRules load(Path file) throws IOException {
        return checked(Json.YAML.readValue(Files.readAllBytes(file), CareRules.class));
    }

    /** The rules, once every playbook they name exists. */
    private static CareRules checked(CareRules rules) {
        Playbooks playbooks = Playbooks.loadDefault();
        for (String playbook :
                new String[] {
                    rules.customerAtRisk().playbook(), rules.detractorShift().playbook()
                }) {
            if (!playbooks.contains(playbook)) {
                throw new IllegalArgumentException("unknown playbook '" + playbook + "'");
            }
        }
        return rules;
    }
}
