package io.nabiz.jobs.cli;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.jobs.config.JobSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every job-running command shares: where its settings and rules come from. */
public final class SettingsOptions {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Job settings YAML (default: the bundled config/nabiz.yaml).")
    Path config;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "Rules YAML (default: the bundled config/rules.yaml).")
    Path rules;

    JobSettings settings() {
        if (config == null) {
            return JobSettings.loadDefault();
        }
        try {
            return JobSettings.load(existing(config));
        } catch (IOException e) {
            throw new BadInputException("cannot read settings " + config + ": " + e.getMessage());
        }
    }

    RuleSet rules() {
        return rules == null ? RuleSetLoader.loadDefault() : rules(rules);
    }

    /** The rule set in {@code file}; one that does not load is bad input. */
    static RuleSet rules(Path file) {
        try {
            return new RuleSetLoader(Playbooks.loadDefault()).load(existing(file));
        } catch (IOException | RuleSetLoader.InvalidRulesException e) {
            throw new BadInputException("invalid rules " + file + ": " + e.getMessage());
        }
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no such file: " + file);
        }
        return file;
    }
}
