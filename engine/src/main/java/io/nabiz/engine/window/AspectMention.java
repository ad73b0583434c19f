package io.nabiz.engine.window;

import io.nabiz.engine.analysis.Analysis;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.Survey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One analysed mention as seen by one incident key: a mention about delivery and billing becomes
 * two of these, so each aspect's window counts it.
 *
 * <p>Fields are flat, and the lists are declared as {@link List} so a stream processor can move the
 * record with its own list serializer rather than a generic fallback. The lists are never changed
 * after the record is made, so the records of one mention share them.
 *
 * @param nearDuplicateHash the text's {@link Sample#nearDuplicateHash}, computed once for all of
 *     the mention's records
 * @param customer the pseudonymous customer id, or {@code null} when nobody knows who wrote it
 * @param survey the scores when the mention is a survey response, or {@code null}
 */
public record AspectMention(
        IncidentKey key,
        String id,
        Channel channel,
        Instant ts,
        String text,
        long nearDuplicateHash,
        String author,
        long reach,
        String lang,
        double sentimentScore,
        boolean negative,
        List<String> cues,
        List<String> terms,
        String customer,
        Survey survey) {

    /**
     * Splits an analysed mention into one record per aspect (or one {@code general} record) plus
     * one for the brand as a whole, so both an aspect's and the brand's volume are watched.
     */
    public static List<AspectMention> of(Mention m, Analysis a) {
        return of(m, a, List.of());
    }

    /**
     * As {@link #of(Mention, Analysis)}, plus one record per aspect and further key kind: the
     * aspect narrowed to the mention's language and/or channel.
     */
    public static List<AspectMention> of(Mention m, Analysis a, List<KeyKind> kinds) {
        List<String> aspects = new ArrayList<>(a.aspects());
        if (aspects.isEmpty()) {
            aspects.add(IncidentKey.GENERAL);
        }
        aspects.add(IncidentKey.BRAND_WIDE);
        List<String> terms = TermExtractor.terms(m.text(), a.lang());
        long nearDuplicateHash = Sample.nearDuplicateHash(m.text());
        List<IncidentKey> keys = new ArrayList<>(aspects.size() * (1 + kinds.size()));
        for (String aspect : aspects) {
            IncidentKey key = new IncidentKey(m.brand(), aspect);
            keys.add(key);
            if (!key.isBrandWide()) {
                for (KeyKind kind : kinds) {
                    keys.add(kind.narrow(key, a.lang(), m.channel().wireName()));
                }
            }
        }
        List<AspectMention> out = new ArrayList<>(keys.size());
        for (IncidentKey key : keys) {
            out.add(
                    new AspectMention(
                            key,
                            m.id(),
                            m.channel(),
                            m.ts(),
                            m.text(),
                            nearDuplicateHash,
                            m.author(),
                            m.engagement().reach(),
                            a.lang(),
                            a.sentiment().score(),
                            a.sentiment().isNegative(),
                            a.cues(),
                            terms,
                            m.customer(),
                            m.survey()));
        }
        return out;
    }
}
