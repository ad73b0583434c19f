package io.nabiz.jobs.functions;

import io.nabiz.engine.customer.IdentityMap;
import io.nabiz.engine.mention.Mention;
import org.apache.flink.api.common.functions.MapFunction;

/** Names the customer behind a mention from its author, when the source did not. */
public final class CustomerIdentifier implements MapFunction<Mention, Mention> {

    private final IdentityMap identities;

    public CustomerIdentifier(IdentityMap identities) {
        this.identities = identities;
    }

    @Override
    public Mention map(Mention mention) {
        return identities.identify(mention);
    }
}
