package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardLifecycleTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final byte[] SELECT_MF = HEX.parseHex("00A4000C023F00");
    private static final byte[] SELECT_ID = HEX.parseHex("00A4080C0410001003");

    private static int sw(byte[] response) {
        return Response.of(response).sw();
    }

    @Test
    void aNewCardIsNotPoweredUntilPowerOn() {
        SimulatedCard card = TestCards.card();
        assertFalse(card.isPowered());
        SimulatedCardException e = assertThrows(SimulatedCardException.class, () -> card.process(SELECT_MF));
        assertEquals(SimulatedCardException.Reason.NOT_POWERED, e.reason());
        assertArrayEquals(SimulatedProfile.CLASSIC.atr(), card.powerOn());
        assertEquals(0x9000, sw(card.process(SELECT_MF)));
        card.powerOff();
        assertThrows(SimulatedCardException.class, () -> card.process(SELECT_MF));
    }

    @Test
    void resetSelectsTheMfAndForgetsTheSession() {
        SimulatedCard card = TestCards.card();
        CardProbe probe = new CardProbe(card);
        probe.expect(0x9000, "00A4080C0410001003");
        probe.verifyPin();
        probe.expect(0x9000, "0022F1B603830101");
        assertArrayEquals(SimulatedProfile.CLASSIC.atr(), card.reset());
        probe.expect(0x6986, "00B0000010"); // no current EF: the MF is current
        assertFalse(card.securityStatus().pinVerified());
    }

    @Test
    void removalFaultSwallowsTheApduAndUnpowersTheCard() {
        SimulatedCard card = TestCards.card();
        card.powerOn();
        card.injectFault(Fault.removeCardAt(2));
        assertEquals(0x9000, sw(card.process(SELECT_ID)));
        SimulatedCardException e = assertThrows(SimulatedCardException.class, () -> card.process(SELECT_MF));
        assertEquals(SimulatedCardException.Reason.REMOVED, e.reason());
        assertEquals(List.of(SimulatedCardException.Reason.REMOVED), e.problems());
        assertEquals("card-removed", e.problems().get(0).code());
        assertFalse(card.isPowered());
        SimulatedCardException mute = assertThrows(SimulatedCardException.class, () -> card.process(SELECT_MF));
        assertEquals(SimulatedCardException.Reason.NOT_POWERED, mute.reason(), "a removed card is mute");
        card.powerOn();
        assertEquals(0x9000, sw(card.process(SELECT_MF)));
    }

    @Test
    void faultsCountApdusFromTheirInjection() {
        SimulatedCard card = TestCards.card();
        card.powerOn();
        card.process(SELECT_MF);
        card.process(SELECT_MF);
        card.injectFault(Fault.answerAt(2, 0x6F00));
        assertEquals(0x9000, sw(card.process(SELECT_MF)));
        assertEquals(0x6F00, sw(card.process(SELECT_MF)));
        assertEquals(0x9000, sw(card.process(SELECT_MF)), "a one-shot fault is spent");
        assertEquals(5, card.apduCount());
    }

    @Test
    void statusFaultsByInstruction() {
        SimulatedCard card = TestCards.card();
        CardProbe probe = new CardProbe(card);
        card.injectFault(Fault.answerNext(0x20, 0x6581));
        probe.expect(0x9000, "00A4000C023F00");
        probe.expect(0x6581, "00200010083132333435FFFFFF");
        assertEquals(3, card.securityStatus().pinTriesLeft(), "the faulted VERIFY was not executed");
        probe.verifyPin();
        card.injectFault(Fault.answerEvery(0xB0, 0x6A82));
        probe.expect(0x9000, "00A4080C0410001003");
        probe.expect(0x6A82, "00B0000010");
        probe.expect(0x6A82, "00B0000010");
        card.clearFaults();
        probe.expect(0x9000, "00B0000010");
    }

    @Test
    void firstTerminalFaultWinsAndMatchingOneShotsAreSpent() {
        SimulatedCard card = TestCards.card();
        CardProbe probe = new CardProbe(card);
        card.injectFault(Fault.answerAt(1, 0x6F01));
        card.injectFault(Fault.answerNext(0xA4, 0x6F02));
        probe.expect(0x6F01, "00A4000C023F00");
        probe.expect(0x9000, "00A4000C023F00");
    }

    @Test
    void latencyIsAppliedThroughTheSleeper() {
        List<Duration> slept = new ArrayList<>();
        SimulatedCard card =
                TestCards.builder(SimulatedProfile.CLASSIC).sleeper(slept::add).build();
        CardProbe probe = new CardProbe(card);
        card.injectFault(Fault.latency(Duration.ofMillis(30)));
        card.injectFault(Fault.latency(Duration.ofMillis(12)));
        probe.expect(0x9000, "00A4000C023F00");
        probe.expect(0x9000, "00A4000C023F00");
        assertEquals(List.of(Duration.ofMillis(42), Duration.ofMillis(42)), slept);
    }

    @Test
    void interruptedLatencyIsReportedAndKeepsTheInterruptFlag() {
        SimulatedCard card = TestCards.builder(SimulatedProfile.CLASSIC)
                .sleeper(d -> {
                    throw new InterruptedException();
                })
                .build();
        card.powerOn();
        card.injectFault(Fault.latency(Duration.ofSeconds(1)));
        SimulatedCardException e = assertThrows(SimulatedCardException.class, () -> card.process(SELECT_MF));
        assertEquals(SimulatedCardException.Reason.INTERRUPTED, e.reason());
        assertTrue(Thread.interrupted());
        assertTrue(card.isPowered(), "an interrupted wait does not take the card out");
    }

    @Test
    void listenersSeeHeadersAndStatusWordsAndAThrowingListenerChangesNothing() {
        SimulatedCard card = TestCards.card();
        List<ApduExchange> seen = new ArrayList<>();
        card.addListener(exchange -> {
            throw new IllegalStateException("a broken listener");
        });
        card.addListener(seen::add);
        CardProbe probe = new CardProbe(card);
        probe.expect(0x9000, "00A4080C0410001003");
        probe.expect(0x9000, "00B0000010");
        probe.expect(0x6700, "00");
        assertEquals(
                List.of(
                        new ApduExchange(9, 0x00, 0xA4, 0x08, 0x0C, 0x9000, 0),
                        new ApduExchange(5, 0x00, 0xB0, 0x00, 0x00, 0x9000, 16),
                        new ApduExchange(1, -1, -1, -1, -1, 0x6700, 0)),
                seen);
        assertEquals("00 B0 00 00 (5 bytes) -> 9000 with 16 bytes", seen.get(1).toString());
    }

    @Test
    void theCardAnswersUnknownInstructionsAndClassesWithTheIsoStatus() {
        CardProbe probe = new CardProbe(TestCards.card());
        probe.expect(0x6D00, "00CADF3005"); // GET DATA (setcos matching)
        probe.expect(0x6D00, "00CB3FFF035C017E08");
        probe.expect(0x6D00, "00D6000001FF"); // UPDATE BINARY: the card is read-only
        probe.expect(0x6E00, "80CA9F7F00");
        probe.expect(0x6E00, "FFCA000000"); // PC/SC pseudo-APDU class
        probe.expect(0x6882, "0CA4000C023F00");
        probe.expect(0x6881, "01A4000C023F00");
        probe.expect(0x6700, "00A4");
        probe.expect(0x6700, "00A4080C05110011"); // Lc longer than the data
    }

    @Test
    void fileContentIsReadableWithoutApdus() {
        SimulatedCard card = TestCards.card();
        assertArrayEquals(
                TestCards.personalData(),
                card.fileContent(CardFile.PERSONAL_DATA).orElseThrow());
        SimulatedCard bare = SimulatedCard.builder(SimulatedProfile.CLASSIC)
                .keyPair(TestCards.keyPair(2048))
                .pin(Pin.parse("12345"))
                .puk(Puk.parse("12345678"))
                .build();
        assertTrue(bare.fileContent(CardFile.AUTHENTICATION_CERTIFICATE).isEmpty());
        CardProbe probe = new CardProbe(bare);
        probe.expect(0x6A82, "00A4080C0411001101"); // OpenSC reads this as "no certificate"
        probe.expect(0x6A82, "00A4080C0410001003");
        probe.expect(0x9000, "00A4080C021200"); // the DFs are always there
    }

    @Test
    void builderRefusesWhatACardCannotHold() {
        SimulatedCardBuilder builder = SimulatedCard.builder(SimulatedProfile.RSA_1024);
        assertThrows(IllegalArgumentException.class, () -> builder.keyPair(TestCards.keyPair(2048)));
        assertThrows(IllegalArgumentException.class, () -> builder.pinMaxTries(16));
        assertThrows(IllegalArgumentException.class, () -> builder.file(CardFile.GDO, new byte[0x8000]));
        assertThrows(IllegalStateException.class, builder::build);
        SimulatedCardBuilder noCertificate =
                TestCards.builder(SimulatedProfile.CLASSIC).certificate(key -> null);
        assertThrows(IllegalArgumentException.class, noCertificate::build);
    }

    @Test
    void builderGeneratesTheKeyOnTheChipAndIssuesTheCertificateForIt() {
        List<java.security.interfaces.RSAPublicKey> issuedFor = new ArrayList<>();
        SimulatedCard card = SimulatedCard.builder(SimulatedProfile.RSA_1024)
                .pin(Pin.parse("12345"))
                .puk(Puk.parse("12345678"))
                .certificate(key -> {
                    issuedFor.add(key);
                    return new byte[] {0x30, 0x00};
                })
                .build();
        assertEquals(List.of(card.publicKey()), issuedFor);
        assertEquals(1024, card.publicKey().getModulus().bitLength());
        assertArrayEquals(
                new byte[] {0x30, 0x00},
                card.fileContent(CardFile.AUTHENTICATION_CERTIFICATE).orElseThrow());
    }
}
