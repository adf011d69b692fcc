package io.tscns.card.profile;

import static io.tscns.card.profile.AtrVectors.withTck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.error.UnsupportedCardException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CardProfilesTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final Set<Integer> RSA_1024 = Set.of(1024);
    private static final Set<Integer> RSA_1024_2048 = Set.of(1024, 2048);
    private static final Set<Integer> RSA_2048 = Set.of(2048);

    /**
     * Every ATR of docs/card.md §5.3 (pattern rows instantiated once, TCK computed) and docs/pcsc.md §5:
     * ATR, IC, mask, CNS version, PIN reference, extended length, key sizes, GET CHALLENGE limit.
     */
    static Stream<Arguments> cnsAtrs() {
        return Stream.of(
                cns("3BDF18008131FE7D006B020C0182011101434E53103180FC", 0x02, 0x0C, 0x10, 0x10, false, RSA_1024, 255),
                cns("3BDF18008131FE7D006B040C0184011101434E53103180FC", 0x04, 0x0C, 0x10, 0x10, false, RSA_1024, 255),
                cns("3BDF18008131FE7D006B150C0180011101434E53103180E9", 0x15, 0x0C, 0x10, 0x10, false, RSA_1024, 255),
                cns("3BDF18008131FE7D006B150C0181011101434E53103180E8", 0x15, 0x0C, 0x10, 0x10, false, RSA_1024, 255),
                cns("3BFF1800008131FE45006B04050100011101434E5310318069", 0x04, 0x05, 0x10, 0x10, false, RSA_1024, 255),
                cns("3BFF1800008131FE45006B04050100012101434E5310318059", 0x04, 0x05, 0x10, 0x10, false, RSA_1024, 255),
                cns("3BFF1800008131FE45006B05051017012101434E531031805E", 0x05, 0x05, 0x10, 0x10, false, RSA_1024, 255),
                cns("3BFF1800008131FE45006B05052000012101434E5310318079", 0x05, 0x05, 0x10, 0x10, false, RSA_2048, 32),
                cns("3BFF1800008131FE45006B0505200001F101434E53103180A9", 0x05, 0x05, 0x10, 0x10, false, RSA_2048, 32),
                cns("3BFF1800008131FE45006B0505912001F101434E5310318038", 0x05, 0x05, 0x10, 0x10, false, RSA_2048, 32),
                cns(
                        "3BFF1800008131FE45006B11050700011101434E531131807B",
                        0x11,
                        0x05,
                        0x11,
                        0x10,
                        true,
                        RSA_1024_2048,
                        255),
                cns("3BFF1800008131FE45006B11050700012101434E531031804A", 0x11, 0x05, 0x10, 0x10, false, RSA_1024, 255),
                cns("3BFF1800008131FE45006B150C0302010101434E5310318061", 0x15, 0x0C, 0x10, 0x10, false, RSA_1024, 255),
                cns(
                        withTck("3BFF1800008131FE55006B02090300010101434E53103180"),
                        0x02,
                        0x09,
                        0x10,
                        0x90,
                        false,
                        RSA_1024,
                        255),
                cns("3BFF1800FF8131FE4D006B0404B85B01F101434E531031809D", 0x04, 0x04, 0x10, 0x10, false, RSA_1024, 255),
                cns("3BFF1800FF8131FE55006B02090200010101434E531031809F", 0x02, 0x09, 0x10, 0x90, false, RSA_1024, 255),
                cns("3BFF1800FF8131FE55006B02090200011101434E531031808F", 0x02, 0x09, 0x10, 0x90, false, RSA_1024, 255),
                cns(
                        "3BFF1800FF8131FE55006B02090200011101434E531131808E",
                        0x02,
                        0x09,
                        0x11,
                        0x90,
                        true,
                        RSA_1024_2048,
                        255),
                cns(
                        withTck("3BFF1800FF8131FE55006B02091303011101434E53113180"),
                        0x02,
                        0x09,
                        0x11,
                        0x90,
                        true,
                        RSA_1024_2048,
                        255),
                cns(
                        "3BFF1800FF8131FE55006B02091617011101434E531131808D",
                        0x02,
                        0x09,
                        0x11,
                        0x90,
                        true,
                        RSA_1024_2048,
                        255),
                cns(
                        "3BFF1800FF8131FE55006B02091717011101434E531131808C",
                        0x02,
                        0x09,
                        0x11,
                        0x90,
                        true,
                        RSA_1024_2048,
                        255),
                cns(
                        withTck("3BFF1800FFC10A31FE55006B0508C805011101434E53103180"),
                        0x05,
                        0x08,
                        0x10,
                        0x10,
                        false,
                        RSA_1024,
                        255),
                cns(
                        withTck("3BFF9600FF8131FE55006B02090403010101434E53103180"),
                        0x02,
                        0x09,
                        0x10,
                        0x90,
                        false,
                        RSA_1024,
                        255));
    }

    private static Arguments cns(
            String atr,
            int ic,
            int mask,
            int version,
            int pin,
            boolean extended,
            Set<Integer> keySizes,
            int challenge) {
        return Arguments.of(atr.replace(" ", ""), ic, mask, version, pin, extended, keySizes, challenge);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cnsAtrs")
    void recognisesEveryKnownCnsBatch(
            String hex,
            int ic,
            int mask,
            int version,
            int pin,
            boolean extended,
            Set<Integer> keySizes,
            int challenge) {
        Atr atr = Atr.parse(hex);
        assertTrue(atr.tckValid(), "TCK of " + hex);
        CardProfile profile = recognised(CardProfiles.standard().recognise(atr));
        assertEquals(ic, profile.icManufacturer().code());
        assertEquals(mask, profile.maskManufacturer().code());
        assertEquals(version, profile.cnsVersion().code());
        assertTrue(profile.openSc023Compatible(), "every known CNS ATR also passes OpenSC 0.23's rule");
        assertEquals(pin, profile.quirks().pinReference());
        assertEquals(pin + 1, profile.quirks().pukReference());
        assertEquals(extended, profile.quirks().extendedLength());
        assertEquals(keySizes, profile.quirks().keySizes());
        assertEquals(challenge, profile.quirks().maxChallengeLength());
        assertEquals(0x01, profile.quirks().keyReference());
        assertEquals(0x03, profile.quirks().securityEnvironment());
        assertEquals(SigningMethod.RAW_RSA_DECIPHER, profile.quirks().signingMethod());
        assertEquals(profile, recognised(CardProfiles.standard().recognise(atr, AtrRule.OPENSC_0_23)));
    }

    @Test
    void namesManufacturersAndVersionLikeOpenSc() {
        CardProfile profile = recognised(
                CardProfiles.standard().recognise(Atr.parse("3BFF1800FF8131FE55006B02091617011101434E531131808D")));
        assertEquals("STMicroelectronics", profile.icManufacturer().name());
        assertEquals("STIncard", profile.maskManufacturer().name());
        assertEquals("1.1", profile.cnsVersion().toString());
        assertEquals(0x1617, profile.osVersion());
        assertEquals(
                List.of("CNS 1.1: RSA-2048 and extended length", "STIncard mask: PIN 90, PUK 91"), profile.rules());
        assertEquals("CNS 1.1, IC: STMicroelectronics (02); mask: STIncard (09), OS 1617", profile.describe());
        assertEquals("unknown", Manufacturer.ic(0x77).name());
    }

    @Test
    void theLooserRuleAcceptsWhatOpenSc023Rejects() {
        // H1 = 80 instead of 00: still 15 historical bytes with "CNS" at H10-H12.
        Atr atr = Atr.parse(withTck("3BFF1800008131FE45806B11050700011101434E53113180"));
        CardProfile profile = recognised(CardProfiles.standard().recognise(atr));
        assertFalse(profile.openSc023Compatible());
        Recognition strict = CardProfiles.standard().recognise(atr, AtrRule.OPENSC_0_23);
        Rejection.NotCns notCns = assertInstanceOf(
                Rejection.NotCns.class,
                assertInstanceOf(Recognition.Rejected.class, strict).reason());
        assertEquals("historical byte H1 is 80; expected 00", notCns.mismatch());
    }

    @Test
    void theStrictRuleChecksTheInterfaceBytes() {
        assertMismatch(withTck("3BFF1800008130FE45006B11050700011101434E53113180"), "TD2 is 30; expected 31");
        assertMismatch(
                withTck("3BFF1800008131FE45006B11050700011101434E53113181"), "historical byte H15 is 81; expected 80");
        assertMismatch(
                withTck("3BFF1800008131FE45006B11050700021101434E53113180"), "historical byte H7 is 02; expected 01");
    }

    private static void assertMismatch(String hex, String mismatch) {
        Recognition recognition = CardProfiles.standard().recognise(Atr.parse(hex), AtrRule.OPENSC_0_23);
        Rejection reason =
                assertInstanceOf(Recognition.Rejected.class, recognition).reason();
        assertEquals(mismatch, assertInstanceOf(Rejection.NotCns.class, reason).mismatch());
    }

    @Test
    void rejectsTheSiblingsWithATypedReason() {
        String stincard = "3BFF1800FF8131FE55006B0209020001010143";
        assertSibling(withTck(stincard.substring(0, stincard.length() - 2) + "445344103180"), SiblingCard.DSD);
        assertSibling(withTck(stincard.substring(0, stincard.length() - 2) + "485043103180"), SiblingCard.HPC);
        assertSibling(withTck(stincard.substring(0, stincard.length() - 2) + "434945103180"), SiblingCard.CIE);
        assertSibling("3BF41800FF8131805500318000C7", SiblingCard.CIE);
        assertSibling(withTck("3BFF1800FF8131FE55006B02090200024954494420203180"), SiblingCard.CIE);
    }

    private static void assertSibling(String hex, SiblingCard kind) {
        for (AtrRule rule : AtrRule.values()) {
            Recognition recognition = CardProfiles.standard().recognise(Atr.parse(hex), rule);
            Rejection reason =
                    assertInstanceOf(Recognition.Rejected.class, recognition).reason();
            assertEquals(new Rejection.Sibling(kind), reason, hex);
        }
    }

    @Test
    void rejectsContactlessAtrs() {
        for (String hex :
                List.of("3B88800100000000038191001A", "3B80800101", withTck("3B8B80010031C16400000000000000"))) {
            Recognition recognition = CardProfiles.standard().recognise(Atr.parse(hex));
            assertEquals(
                    new Rejection.Contactless(),
                    assertInstanceOf(Recognition.Rejected.class, recognition).reason(),
                    hex);
        }
    }

    @Test
    void rejectsOtherCardsAsNotCns() {
        Recognition recognition = CardProfiles.standard().recognise(Atr.parse("3B9813400AA503010101AD1311"));
        Rejection reason =
                assertInstanceOf(Recognition.Rejected.class, recognition).reason();
        assertEquals(new Rejection.NotCns(AtrRule.OPENSC_0_24, "8 historical bytes; expected 15"), reason);
    }

    @Test
    void requireThrowsUnsupportedCardWithTheReason() {
        UnsupportedCardException malformed = assertThrows(
                UnsupportedCardException.class,
                () -> CardProfiles.standard().require(HEX.parseHex("3BFF18"), AtrRule.OPENSC_0_24));
        assertInstanceOf(Rejection.MalformedAtr.class, malformed.reason());
        UnsupportedCardException cie = assertThrows(
                UnsupportedCardException.class,
                () -> CardProfiles.standard()
                        .require(HEX.parseHex("3BF41800FF8131805500318000C7"), AtrRule.OPENSC_0_24));
        assertEquals(
                "the card is an electronic identity card (CIE), not a CNS (ATR 3BF41800FF8131805500318000C7)",
                cie.getMessage());
        assertEquals("3BF41800FF8131805500318000C7", cie.atrHex());
        assertEquals(List.of(new Rejection.Sibling(SiblingCard.CIE)), cie.problems());
        assertEquals("sibling-card", cie.problems().get(0).code());
        assertEquals("malformed-atr", malformed.problems().get(0).code());
        assertEquals("contactless-interface", new Rejection.Contactless().code());
        assertEquals("not-cns", new Rejection.NotCns(AtrRule.OPENSC_0_23, "x").code());
    }

    @Test
    void aNewBatchIsOneRule() {
        ProfileRule rule = new ProfileRule(
                "Hypothetical batch signing with PSO CDS",
                "test vector",
                new AtrCondition.AtrMatches(
                        "3BFF1800FF8131FE55006B02091717011101434E531131808C".replace(" ", ""),
                        "FFFFFFFFFFFFFFFFFFFFFFFFFFFF00FFFFFFFFFFFFFFFFFF00"),
                List.of(new Quirk.Signing(SigningMethod.PSO_COMPUTE_DIGITAL_SIGNATURE), new Quirk.ChallengeLimit(8)));
        CardProfiles profiles = CardProfiles.standard().withRule(rule);
        CardProfile trento =
                recognised(profiles.recognise(Atr.parse("3BFF1800FF8131FE55006B02091717011101434E531131808C")));
        assertEquals(
                SigningMethod.PSO_COMPUTE_DIGITAL_SIGNATURE, trento.quirks().signingMethod());
        assertEquals(8, trento.quirks().maxChallengeLength());
        assertTrue(trento.rules().contains("Hypothetical batch signing with PSO CDS"));
        CardProfile tuscany =
                recognised(profiles.recognise(Atr.parse("3BFF1800FF8131FE55006B02091617011101434E531131808D")));
        assertEquals(SigningMethod.RAW_RSA_DECIPHER, tuscany.quirks().signingMethod());
        assertEquals(
                CardProfiles.standard().rules().size() + 1, profiles.rules().size());
    }

    private static CardProfile recognised(Recognition recognition) {
        return assertInstanceOf(
                        Recognition.Recognised.class,
                        recognition,
                        () -> "rejected: "
                                + ((Recognition.Rejected) recognition).reason().describe())
                .profile();
    }
}
