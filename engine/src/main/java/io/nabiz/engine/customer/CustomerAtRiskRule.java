package io.nabiz.engine.customer;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.mention.Channel;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code customer-at-risk} rule: one customer about to leave or go public, judged on their own
 * recent contacts across channels rather than on a brand's volume.
 *
 * <p>It looks at the journey each time a contact is taken in, and only a complaint or a contact
 * with a churn or legal cue can make it fire, so a customer with many neutral contacts never does.
 * It fires when, within {@code horizon}:
 *
 * <ul>
 *   <li>{@value #REPEATED}: at least {@code minComplaints} complaints about one aspect came over at
 *       least {@code minChannels} channels (they tried, and nothing changed);
 *   <li>{@value #CHURN_CUE} or {@value #LEGAL_CUE}: a contact says they will cancel or see a lawyer
 *       after an earlier complaint, or in a survey response that is itself a detractor;
 *   <li>{@value #GONE_PUBLIC}: a complaint on social follows a complaint on a private channel.
 * </ul>
 *
 * @param horizon how far back a journey is read
 * @param severity the severity of a finding; a legal cue or a complaint gone public raises it one
 *     step
 */
public record CustomerAtRiskRule(
        String id,
        Duration horizon,
        int minComplaints,
        int minChannels,
        Severity severity,
        String playbook)
        implements Serializable {

    public static final String KIND = "customer-at-risk";

    public static final String REPEATED = "repeated-complaints";
    public static final String CHURN_CUE = "churn-cue";
    public static final String LEGAL_CUE = "legal-cue";
    public static final String GONE_PUBLIC = "gone-public";

    static final String CHURN = "churn";
    static final String LEGAL = "legal";
    private static final int QUOTE_CHARS = 60;

    public CustomerAtRiskRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(playbook, "playbook");
        if (minComplaints < 2 || minChannels < 1) {
            throw new IllegalArgumentException("minComplaints >= 2 and minChannels >= 1");
        }
    }

    /**
     * What the journey says now that {@code latest}, its newest contact, has been taken in.
     *
     * @param journey the contacts within the horizon, in event-time order, {@code latest} last
     */
    public Optional<CustomerFinding> evaluate(List<Contact> journey, Contact latest) {
        if (!latest.complaint() && !latest.hasCue(CHURN) && !latest.hasCue(LEGAL)) {
            return Optional.empty();
        }
        List<Contact> earlierComplaints =
                journey.stream().filter(c -> c != latest && c.complaint()).toList();
        TreeSet<String> reasons = new TreeSet<>();
        String aspect = focus(journey, latest);
        List<Contact> aboutAspect =
                journey.stream().filter(c -> c.complaint() && c.about(aspect)).toList();
        long channels = aboutAspect.stream().map(Contact::channel).distinct().count();
        if (latest.complaint() && aboutAspect.size() >= minComplaints && channels >= minChannels) {
            reasons.add(REPEATED);
        }
        boolean detractor = latest.survey() != null && latest.survey().detractor();
        boolean afterComplaint = !earlierComplaints.isEmpty() || detractor;
        if (afterComplaint && latest.hasCue(CHURN)) {
            reasons.add(CHURN_CUE);
        }
        if (afterComplaint && latest.hasCue(LEGAL)) {
            reasons.add(LEGAL_CUE);
        }
        if (latest.complaint()
                && latest.channel() == Channel.SOCIAL
                && earlierComplaints.stream().anyMatch(c -> c.channel() != Channel.SOCIAL)) {
            reasons.add(GONE_PUBLIC);
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        List<Contact> complaints = new ArrayList<>(earlierComplaints);
        if (latest.complaint()) {
            complaints.add(latest);
        }
        boolean raised = reasons.contains(LEGAL_CUE) || reasons.contains(GONE_PUBLIC);
        return Optional.of(
                new CustomerFinding(
                        id,
                        List.copyOf(reasons),
                        severity.raisedBy(raised ? 1 : 0),
                        playbook,
                        complaints.size(),
                        headline(
                                aboutAspect.isEmpty() ? complaints : aboutAspect, aspect, latest)));
    }

    /** The aspect the latest contact shares with the most earlier complaints. */
    private static String focus(List<Contact> journey, Contact latest) {
        String best = latest.aspects().get(0);
        long bestCount = -1;
        for (String aspect : latest.aspects()) {
            long n = journey.stream().filter(c -> c.complaint() && c.about(aspect)).count();
            if (n > bestCount) {
                best = aspect;
                bestCount = n;
            }
        }
        return best;
    }

    /**
     * "3 negative contacts about billing in 2 days: chat → e-mail → social; said '…'": the figures,
     * the path and the customer's own words (masked).
     */
    private static String headline(List<Contact> complaints, String aspect, Contact latest) {
        int n = complaints.size();
        Duration span =
                n < 2
                        ? Duration.ZERO
                        : Duration.between(complaints.get(0).ts(), complaints.get(n - 1).ts());
        List<String> steps = new ArrayList<>();
        for (Contact c : complaints) {
            String step = channelName(c);
            if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step)) {
                steps.add(step);
            }
        }
        String quote =
                latest.excerpt().length() <= QUOTE_CHARS
                        ? latest.excerpt()
                        : latest.excerpt().substring(0, QUOTE_CHARS - 1) + "…";
        return String.format(
                Locale.ROOT,
                "%d negative contact%s about %s%s: %s; said '%s'",
                n,
                n == 1 ? "" : "s",
                aspect,
                n < 2 ? "" : " in " + inWords(span),
                steps.stream().collect(Collectors.joining(" → ")),
                quote);
    }

    private static String channelName(Contact c) {
        return switch (c.channel()) {
            case CHAT -> "chat";
            case EMAIL -> "e-mail";
            case SOCIAL -> "social";
            case SURVEY ->
                    c.survey() != null && c.survey().nps() != null
                            ? "survey (NPS " + c.survey().nps() + ")"
                            : "survey (CSAT " + c.survey().csat() + ")";
        };
    }

    /** A span as people say it: "40 min", "5 hours", "2 days". */
    static String inWords(Duration d) {
        long minutes = Math.max(1, d.toMinutes());
        if (minutes < 180) {
            return minutes + " min";
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 36) {
            return hours + " hours";
        }
        return Math.round(hours / 24.0) + " days";
    }
}
