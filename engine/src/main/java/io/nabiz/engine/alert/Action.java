package io.nabiz.engine.alert;

import java.util.List;

/** What the playbook suggests a person does about an alert, first step first. */
public record Action(String playbook, String title, List<String> steps) {}
