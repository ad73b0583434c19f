package io.nabiz.jobs.cli;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.config.Setting;
import io.nabiz.jobs.config.SettingOverride;
import io.nabiz.jobs.config.SettingsLoader;
import io.nabiz.jobs.config.SettingsTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The options every job-running command shares: where its settings and rules come from, and one
 * flag per setting ({@code --checkpoints.interval PT30S}), generated from the settings themselves
 * by {@link #addSettingFlags}; each flag's environment variable sets the same value.
 */
public final class SettingsOptions {

    /** Shorter names kept for the settings people type most. */
    private static final Map<String, String> ALIASES =
            Map.of("kafka.bootstrapServers", "--bootstrap-servers");

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "Job settings YAML holding what differs from the bundled config/nabiz.yaml.")
    Path config;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "Rules YAML (default: the bundled config/rules.yaml).")
    Path rules;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandSpec command;

    /** The process environment; tests give their own. */
    Map<String, String> environment = System.getenv();

    /** Adds a flag for every setting to each command of {@code cli} that has these options. */
    static void addSettingFlags(CommandLine cli, Map<String, String> environment) {
        for (CommandSpec mixin : cli.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof SettingsOptions options) {
                options.environment = environment;
                for (Setting s : SettingsTree.leaves()) {
                    cli.getCommandSpec().addOption(flag(s));
                }
            }
        }
        cli.getSubcommands().values().forEach(sub -> addSettingFlags(sub, environment));
    }

    private static OptionSpec flag(Setting s) {
        List<String> names = new ArrayList<>(List.of(s.flag()));
        if (ALIASES.containsKey(s.path())) {
            names.add(ALIASES.get(s.path()));
        }
        OptionSpec.Builder b =
                OptionSpec.builder(names.toArray(String[]::new))
                        .description(
                                "Setting "
                                        + s.path()
                                        + (s.isMap()
                                                ? "; env " + s.envVar() + "_<KEY>"
                                                : "; env " + s.envVar())
                                        + ".");
        if (s.isMap()) {
            return b.type(Map.class)
                    .auxiliaryTypes(String.class, String.class)
                    .paramLabel("KEY=VALUE")
                    .build();
        }
        return b.type(String.class).paramLabel("VALUE").build();
    }

    JobSettings settings() {
        List<SettingOverride> overrides =
                new ArrayList<>(SettingOverride.fromEnvironment(environment));
        for (Setting s : SettingsTree.leaves()) {
            OptionSpec option = command.findOption(s.flag());
            Object value = option == null ? null : option.getValue();
            if (value instanceof Map<?, ?> entries) {
                entries.forEach(
                        (k, v) ->
                                overrides.add(
                                        new SettingOverride(
                                                s.flag(), s.path() + "." + k, String.valueOf(v))));
            } else if (value != null) {
                overrides.add(new SettingOverride(s.flag(), s.path(), value.toString()));
            }
        }
        if (config != null) {
            existing(config);
        }
        try {
            return SettingsLoader.load(config, overrides);
        } catch (SettingsLoader.InvalidSettingsException e) {
            throw new BadInputException(e.getMessage());
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
