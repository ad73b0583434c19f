package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Alert;
import java.util.Optional;

/** What the rule engine made of one window: the window as judged, and the alert it raised. */
public record Judgement(JudgedWindow window, Optional<Alert> alert) {}
