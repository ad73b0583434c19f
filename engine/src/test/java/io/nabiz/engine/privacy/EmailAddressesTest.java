package io.nabiz.engine.privacy;

import static io.nabiz.engine.privacy.Kinds.maskWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    private final EmailAddresses kind = new EmailAddresses();

    @Test
    void masksAddressesAsPeopleWriteThem() {
        assertEquals(
                "mail: [email] telefon",
                maskWith(kind, "mail: ayse.yilmaz@example.com.tr telefon"));
        assertEquals(
                "Schreiben Sie an [email].",
                maskWith(kind, "Schreiben Sie an j.mueller+rechnung@firma.de."));
        assertEquals("yazın...[email]", maskWith(kind, "yazın...müşteri@örnek.com.tr"));
        assertEquals("<[email]>", maskWith(kind, "<O'Brien@mail.co.uk>"));
    }

    @Test
    void leavesHandlesAndHostlessAddressesAlone() {
        assertEquals("@nordtel hilfe", maskWith(kind, "@nordtel hilfe"));
        assertEquals("root@localhost", maskWith(kind, "root@localhost"));
        assertEquals("a@b.c ist keine", maskWith(kind, "a@b.c ist keine"));
        assertEquals("5 TL @ 3.50", maskWith(kind, "5 TL @ 3.50"));
    }
}
