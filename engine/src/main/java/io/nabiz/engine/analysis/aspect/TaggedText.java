package io.nabiz.engine.analysis.aspect;

import io.nabiz.engine.analysis.SentimentLabel;
import java.util.Objects;
import java.util.Set;

/**
 * A message with its gold sentiment label, aspects and cues, as in the project's CX sentence set.
 *
 * @param aspects the taxonomy aspects the message is about, empty for none
 * @param cues the risk cues it carries, empty for none
 */
public record TaggedText(String text, SentimentLabel label, Set<String> aspects, Set<String> cues) {

    public TaggedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        aspects = Set.copyOf(aspects);
        cues = Set.copyOf(cues);
    }
}
