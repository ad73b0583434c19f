package io.nabiz.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void namesAfterASelfIntroductionAreMasked() {
        assertEquals(
                "Merhaba, benim adım [name], siparişim gelmedi",
                PiiMasker.mask("Merhaba, benim adım Ayşe Yılmaz, siparişim gelmedi"));
        assertEquals(
                "İsmim [name], kargom nerede?", PiiMasker.mask("İsmim Mehmet, kargom nerede?"));
        assertEquals(
                "Hallo, ich heiße [name] und meine Rechnung ist falsch",
                PiiMasker.mask("Hallo, ich heiße Jana Krüger und meine Rechnung ist falsch"));
        assertEquals(
                "Hi, my name is [name] and my card was charged twice",
                PiiMasker.mask("Hi, my name is John Smith and my card was charged twice"));
    }

    @Test
    void namesAfterAFormOfAddressOrAFormLabelAreMasked() {
        assertEquals(
                "Sayın [name], şikayetiniz alındı",
                PiiMasker.mask("Sayın Ahmet Demir, şikayetiniz alındı"));
        assertEquals("SAYIN [name], kargonuz yolda", PiiMasker.mask("SAYIN Ahmet, kargonuz yolda"));
        assertEquals(
                "Sehr geehrte Frau Dr. [name], Ihr Vertrag",
                PiiMasker.mask("Sehr geehrte Frau Dr. Weber, Ihr Vertrag"));
        assertEquals(
                "Ms. [name] called about the bill",
                PiiMasker.mask("Ms. Carter called about the bill"));
        assertEquals("Name: [name]\nOrder late", PiiMasker.mask("Name: Emma Brown\nOrder late"));
        assertEquals("Ad Soyad: [name]", PiiMasker.mask("Ad Soyad: Zeynep Kaya"));
    }

    @Test
    void namesBeforeATurkishHonorificAreMasked() {
        assertEquals(
                "Merhaba [name] Bey, [name] Hanım ile görüştüm",
                PiiMasker.mask("Merhaba Ahmet Bey, Elif Hanım ile görüştüm"));
    }

    @Test
    void wordsWithoutACueOrInLowerCaseStayReadable() {
        for (String text :
                new String[] {
                    "Yildizmarket kargom gelmedi, Ahmet aradı",
                    "bir adım geri attılar, iade yok",
                    "Der Herr der Ringe ist kein Grund, so spät zu liefern",
                    "the brand name is everywhere but support is nowhere",
                    "my name is on the bill twice",
                    "Sayın müşterimiz diye başlayan mail geldi",
                }) {
            assertEquals(text, PiiMasker.mask(text));
        }
    }
}
