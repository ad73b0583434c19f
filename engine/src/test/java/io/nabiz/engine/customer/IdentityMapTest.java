package io.nabiz.engine.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Engagement;
import io.nabiz.engine.mention.Mention;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityMapTest {

    private static final IdentityMap MAP =
            new IdentityMap(
                    Map.of(
                            "@SelinKaya_34",
                            "crm-1",
                            IdentityMap.emailKey("selin@example.com"),
                            "crm-1"));

    @Test
    void joinsHandlesCaseInsensitivelyAndEmailsByTheirHash() {
        assertEquals("crm-1", MAP.identify(mention("@selinkaya_34", null)).customer());
        assertEquals("crm-1", MAP.identify(mention(" Selin@Example.COM ", null)).customer());
        assertNull(MAP.identify(mention("@someone", null)).customer());
        assertNull(MAP.identify(mention(null, null)).customer());
    }

    @Test
    void aCustomerTheSourceNamedIsKept() {
        Mention known = mention("@selinkaya_34", "crm-9");
        assertSame(known, MAP.identify(known));
    }

    @Test
    void theHashIsSha256OfTheLowerCasedAddress() {
        // printf %s 'selin.kaya@example.com' | sha256sum
        assertEquals(
                "email-sha256:eb58e666c6e49fc3986ed981ed6648adde991c0c4ac141cc077c40448bceed4f",
                IdentityMap.emailKey("Selin.Kaya@example.com"));
    }

    @Test
    void rawEmailAddressesAreRejectedAsKeys() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new IdentityMap(Map.of("selin@example.com", "crm-1")));
    }

    @Test
    void theBundledMapJoinsTheDemoCustomers() {
        IdentityMap bundled = IdentityMap.loadDefault();
        assertEquals(
                "crm-tr-20417",
                bundled.identify(mention("selin.kaya@example.com", null)).customer());
        assertEquals("crm-tr-20417", bundled.identify(mention("@SelinKaya_34", null)).customer());
    }

    private static Mention mention(String author, String customer) {
        return new Mention(
                2,
                "m1",
                Channel.EMAIL,
                "inbox",
                "acme",
                Instant.parse("2026-11-20T09:00:00Z"),
                "Paket kam nie an",
                author,
                Engagement.NONE,
                null,
                customer,
                null);
    }
}
