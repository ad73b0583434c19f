package io.nabiz.engine.customer;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Survey;
import io.nabiz.engine.window.AspectMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One contact in a customer's journey: where and when they spoke, about what, how unhappy, and what
 * they said with personal data already masked (state never holds the raw text).
 *
 * @param aspects the taxonomy aspects of the contact ({@code general} when it names none), sorted
 * @param complaint negative sentiment, or a survey detractor whatever the words say
 * @param cues risk cues in the contact: churn, legal, escalation
 * @param excerpt the text, personal data masked, at most {@value #EXCERPT_CHARS} characters
 * @param survey the scores when the contact is a survey response, or {@code null}
 */
public record Contact(
        String id,
        Channel channel,
        Instant ts,
        ArrayList<String> aspects,
        boolean complaint,
        ArrayList<String> cues,
        String excerpt,
        Survey survey) {

    static final int EXCERPT_CHARS = 120;

    /** Journeys take contacts in event-time order; the id breaks ties so every run agrees. */
    public static final Comparator<Contact> IN_ORDER =
            Comparator.comparing(Contact::ts).thenComparing(Contact::id);

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ts, "ts");
        aspects = new ArrayList<>(aspects.stream().distinct().sorted().toList());
        cues = new ArrayList<>(cues.stream().distinct().sorted().toList());
    }

    /** The contact of one aspect record of a mention (a mention about two aspects gives two). */
    public static Contact of(AspectMention m) {
        // The text is masked already: mentions are masked once, before analysis.
        String text = m.text().replaceAll("\\s+", " ").strip();
        return new Contact(
                m.id(),
                m.channel(),
                m.ts(),
                new ArrayList<>(List.of(m.key().aspect())),
                m.negative() || (m.survey() != null && m.survey().detractor()),
                new ArrayList<>(m.cues()),
                text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS - 1) + "…",
                m.survey());
    }

    /** The same contact also about {@code other}'s aspects: two records of one mention. */
    public Contact with(Contact other) {
        ArrayList<String> all = new ArrayList<>(aspects);
        all.addAll(other.aspects);
        return new Contact(id, channel, ts, all, complaint, cues, excerpt, survey);
    }

    public boolean about(String aspect) {
        return aspects.contains(aspect);
    }

    public boolean hasCue(String cue) {
        return cues.contains(cue);
    }
}
