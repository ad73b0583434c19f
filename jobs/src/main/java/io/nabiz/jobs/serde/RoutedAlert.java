package io.nabiz.jobs.serde;

import io.nabiz.engine.alert.Alert;

/** An alert on its way to one topic. */
public record RoutedAlert(String topic, Alert alert) {}
