package io.nabiz.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StreetAddressesTest {

    @Test
    void turkishAddressesWithADoorNumberAreMasked() {
        assertEquals(
                "Teslimat adresi: [address] ama paket gelmedi",
                PiiMasker.mask(
                        "Teslimat adresi: Caferağa Mah. Moda Cad. No: 12 D: 3 ama paket gelmedi"));
        // A capitalised word right before the street's name, as at a sentence's start, goes with
        // it.
        assertEquals(
                "[address] adresine gelmedi",
                PiiMasker.mask("Paket Caferağa Mah. Moda Cad. No: 12 D: 3 adresine gelmedi"));
        assertEquals(
                "adresim [address], Kadıköy",
                PiiMasker.mask("adresim Bahariye Caddesi No 45/2 Kat 3, Kadıköy"));
    }

    @Test
    void germanAddressesWithAHouseNumberAreMasked() {
        assertEquals(
                "Lieferung an [address] kam nie an",
                PiiMasker.mask("Lieferung an Hauptstraße 5a, 10115 Berlin kam nie an"));
        assertEquals(
                "Ich wohne in der [address] und",
                PiiMasker.mask("Ich wohne in der Berliner Straße 12 und"));
    }

    @Test
    void englishAddressesWithAHouseNumberAreMasked() {
        assertEquals(
                "Deliver to [address] please",
                PiiMasker.mask("Deliver to 221B Baker Street, Apt 4 please"));
    }

    @Test
    void streetsWithoutANumberAndNumbersWithoutAStreetStayReadable() {
        for (String text :
                new String[] {
                    "Moda Caddesi çok kalabalıktı, siparişim 3 gündür yolda",
                    "Die Hauptstraße ist gesperrt, Paket 2 Tage zu spät",
                    "Waited 45 minutes on hold, 3 times",
                    "Order 123456 is late",
                    "Spring 2 update broke the app",
                }) {
            assertEquals(text, PiiMasker.mask(text));
        }
    }
}
