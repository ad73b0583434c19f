package io.nabiz.engine.mention;

/** How far a mention can travel: the author's followers and the mention's likes and shares. */
public record Engagement(long followers, long likes, long shares) {

    public static final Engagement NONE = new Engagement(0, 0, 0);

    public Engagement {
        if (followers < 0 || likes < 0 || shares < 0) {
            throw new IllegalArgumentException("engagement figures must not be negative");
        }
    }

    /**
     * People a mention may reach: the author's audience plus a share's audience, which we do not
     * know, so each share counts as one average audience of {@value #AUDIENCE_PER_SHARE}.
     */
    public long reach() {
        return followers + shares * AUDIENCE_PER_SHARE;
    }

    static final long AUDIENCE_PER_SHARE = 200;
}
