package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.WindowStats;
import java.util.Optional;

/**
 * Complaints rise on the private channels (chat, e-mail) while social is still at its usual level:
 * the moment to act before the story goes public.
 *
 * @param zScore private count this many spreads above its usual
 * @param maxSocialRatio social count still at most this many times its usual
 */
public record PrivateChannelLeadRule(
        String id,
        Severity severity,
        String playbook,
        boolean brandWide,
        long minSupport,
        double zScore,
        double maxSocialRatio)
        implements Rule {

    @Override
    public Optional<Finding> evaluate(WindowStats w, KeyView past) {
        long privateCount = w.channelCount(Channel.CHAT) + w.channelCount(Channel.EMAIL);
        long social = w.channelCount(Channel.SOCIAL);
        double usualSocial = Math.max(1, past.socialCount().mean());
        if (privateCount < minSupport
                || past.privateCount().zScore(privateCount) < zScore
                || social > maxSocialRatio * usualSocial) {
            return Optional.empty();
        }
        return found(
                "%d on chat and e-mail (usually %.1f) while social is still at %d"
                        + " (usually %.1f)",
                privateCount, past.privateCount().mean(), social, past.socialCount().mean());
    }
}
