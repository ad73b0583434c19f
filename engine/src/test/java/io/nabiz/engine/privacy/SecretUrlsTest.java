package io.nabiz.engine.privacy;

import static io.nabiz.engine.privacy.Kinds.maskWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretUrlsTest {

    private final SecretUrls kind = new SecretUrls();

    @Test
    void masksTokensAndAddressesInQueriesAndFragments() {
        assertEquals(
                "link https://kargo.example/takip?token=[token] çalışmıyor",
                maskWith(
                        kind,
                        "link https://kargo.example/takip?token=a8F3kQ9zL2mX7vB1nC4d çalışmıyor"));
        assertEquals(
                "https://shop.example/reset?email=[email]&lang=tr.",
                maskWith(kind, "https://shop.example/reset?email=ayse%40example.com&lang=tr."));
        assertEquals(
                "www.example.de/login#access_token=[token]&state=[token]",
                maskWith(
                        kind,
                        "www.example.de/login#access_token=xyz&state=9f8e7d6c5b4a39281706f5e4"));
        assertEquals(
                "https://x.example/u?user=[email]",
                maskWith(kind, "https://x.example/u?user=jane@example.org"));
    }

    @Test
    void leavesOrdinaryQueriesAlone() {
        for (String text :
                new String[] {
                    "https://example.com/track?order=553369",
                    "https://example.com/search?q=fatura&page=2",
                    "https://example.com/a?utm_source=newsletter",
                    "wo ist mein Paket? Bitte #hilfe",
                }) {
            assertEquals(text, maskWith(kind, text));
        }
    }
}
