package io.tscns.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.SecurityStatusNotSatisfiedException;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.error.UnsupportedCardException;
import io.tscns.card.fs.CardFileCache;
import io.tscns.card.fs.CnsFile;
import io.tscns.card.key.HashAlgorithm;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.profile.Rejection;
import io.tscns.card.transport.CardTransport;
import io.tscns.card.transport.ScriptedTransport;
import io.tscns.core.card.CardId;
import io.tscns.core.personaldata.InvalidPersonalDataException;
import io.tscns.core.secret.Pin;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CnsCardTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final byte[] CHALLENGE = HEX.parseHex("0123456789ABCDEF0123456789ABCDEF");

    @Test
    void readIdentityOfTheReferenceCardWithShortApdusTakes14Apdus() {
        ScriptedTransport.Builder script = ScriptedTransport.builder();
        assertEquals(14, ReferenceCard.identity(script, false));
        ScriptedTransport card = script.build();
        CardIdentity identity =
                CnsCard.open(card, HEX.parseHex(ReferenceCard.ATR_SHORT)).readIdentity();
        card.assertComplete();
        assertEquals(14, card.exchangesPlayed());
        assertEquals(CardId.parse(ReferenceCard.CARD_ID), identity.cardId());
        assertEquals("80380001201234567891", identity.teamNumber().value());
        assertEquals("ROSSI", identity.personalData().data().surname());
        assertEquals("RSSMRA80A01H501U", identity.personalData().data().codiceFiscale());
        assertEquals(400, identity.personalData().fileSize());
        assertEquals(ReferenceCard.certificate(), identity.certificate());
        assertTrue(identity.toString().contains("RSSMRA80A01H501U/6120123456789000"), identity.toString());
    }

    @Test
    void readIdentityWithExtendedLengthTakes6Apdus() {
        ScriptedTransport.Builder script = ScriptedTransport.builder();
        assertEquals(6, ReferenceCard.identity(script, true));
        ScriptedTransport card = script.build();
        CnsCard.open(card, HEX.parseHex(ReferenceCard.ATR_EXTENDED)).readIdentity();
        card.assertComplete();
        assertEquals(6, card.exchangesPlayed());
    }

    @Test
    void aCardThatWasReadBeforeCostsOnlyTheSameCardCheck() {
        CardFileCache shared = CardFileCache.create(10);
        CnsCardOptions options = CnsCardOptions.defaults().withCache(shared);

        ScriptedTransport.Builder first = ScriptedTransport.builder();
        ReferenceCard.identity(first, false);
        ReferenceCard.cardId(first, false);
        ScriptedTransport firstConnection = first.build();
        CnsCard card = CnsCard.open(firstConnection, HEX.parseHex(ReferenceCard.ATR_SHORT), options);
        CardIdentity identity = card.readIdentity();
        assertEquals(identity, card.readIdentity());
        firstConnection.assertComplete();
        assertEquals(14 + 2, firstConnection.exchangesPlayed());

        ScriptedTransport.Builder again = ScriptedTransport.builder();
        ReferenceCard.cardId(again, false);
        ScriptedTransport secondConnection = again.build();
        assertEquals(
                identity,
                CnsCard.open(secondConnection, HEX.parseHex(ReferenceCard.ATR_SHORT), options)
                        .readIdentity());
        secondConnection.assertComplete();
        assertEquals(2, secondConnection.exchangesPlayed());
    }

    @Test
    void anotherCardIsReadInFullEvenWithAFullCache() {
        CardFileCache shared = CardFileCache.create(10);
        ScriptedTransport.Builder first = ScriptedTransport.builder();
        ReferenceCard.identity(first, false);
        CnsCard.open(
                        first.build(),
                        HEX.parseHex(ReferenceCard.ATR_SHORT),
                        CnsCardOptions.defaults().withCache(shared))
                .readIdentity();

        ScriptedTransport.Builder other = ScriptedTransport.builder();
        ReferenceCard.selectAndRead(other, "10001003", "6090000000001000".getBytes(StandardCharsets.US_ASCII), false);
        ReferenceCard.selectAndRead(other, "11001102", ReferenceCard.PERSONAL_DATA, false);
        ReferenceCard.selectAndRead(other, "11001101", ReferenceCard.CERTIFICATE, false);
        ScriptedTransport otherCard = other.build();
        CnsCard.open(
                        otherCard,
                        HEX.parseHex(ReferenceCard.ATR_SHORT),
                        CnsCardOptions.defaults().withCache(shared))
                .readIdentity();
        otherCard.assertComplete();
        assertEquals(2, shared.size());
    }

    @Test
    void verifiesThePinAndAuthenticatesWithASignatureTheServerVerifies() throws GeneralSecurityException {
        byte[] data = ReferenceCard.decipherData(HashAlgorithm.SHA_256.digest(CHALLENGE));
        byte[] block = Arrays.copyOfRange(data, 1, 257);

        ScriptedTransport.Builder script = ScriptedTransport.builder();
        ReferenceCard.cardId(script, false); // the first PIN command settles the card's generation
        script.expect("00200090083132333435FFFFFF".replace(" ", ""), "63C2")
                .expect("00200090083132333436FFFFFF".replace(" ", ""), "9000");
        ReferenceCard.cardId(script, false);
        ReferenceCard.selectAndRead(script, "11001101", ReferenceCard.CERTIFICATE, false);
        script.expect("0022F30300", "9000")
                .expect("0022F1B803830101", "9000")
                .expect("102A8086FF" + HEX.formatHex(Arrays.copyOf(data, 255)), "9000")
                .expect(
                        "002A808602" + HEX.formatHex(Arrays.copyOfRange(data, 255, 257)) + "00",
                        HEX.formatHex(ReferenceCard.rawRsa(block)) + "9000");
        ScriptedTransport transport = script.build();

        CnsCard card = CnsCard.open(transport, HEX.parseHex(ReferenceCard.ATR_SHORT));
        try (Pin wrong = Pin.parse("12345");
                Pin right = Pin.parse("12346")) {
            assertEquals(new VerificationResult.Rejected(OptionalInt.of(2)), card.verifyPin(wrong));
            assertEquals(new VerificationResult.Accepted(), card.verifyPin(right));
        }
        byte[] signature = card.authenticate(CHALLENGE);
        transport.assertComplete();

        Signature server = Signature.getInstance("SHA256withRSA");
        server.initVerify(ReferenceCard.certificate().getPublicKey());
        server.update(CHALLENGE);
        assertTrue(server.verify(signature));
        assertEquals(256, signature.length);
    }

    @Test
    void withoutThePinTheCardRefusesToSign() {
        ScriptedTransport.Builder script = ScriptedTransport.builder();
        ReferenceCard.cardId(script, true);
        ReferenceCard.selectAndRead(script, "11001101", ReferenceCard.CERTIFICATE, true);
        script.expect("0022F30300", "9000").expect("0022F1B803830101", "9000");
        byte[] data = ReferenceCard.decipherData(HashAlgorithm.SHA_256.digest(CHALLENGE));
        script.expect("002A8086000101" + HEX.formatHex(data) + "0100", "6982");
        CnsCard card = CnsCard.open(script.build(), HEX.parseHex(ReferenceCard.ATR_EXTENDED));
        SecurityStatusNotSatisfiedException e =
                assertThrows(SecurityStatusNotSatisfiedException.class, () -> card.authenticate(CHALLENGE));
        assertEquals(0x6982, e.statusWord());
    }

    @Test
    void aSignatureThatDoesNotMatchTheCertificateIsRefusedAndTheCacheForgetsTheCard() {
        CardFileCache cache = CardFileCache.create(3);
        ScriptedTransport.Builder script = ScriptedTransport.builder();
        ReferenceCard.cardId(script, true);
        ReferenceCard.selectAndRead(script, "11001101", ReferenceCard.CERTIFICATE, true);
        script.expect("0022F30300", "9000").expect("0022F1B803830101", "9000");
        script.expect(
                "002A8086000101" + HEX.formatHex(ReferenceCard.decipherData(new byte[32])) + "0100",
                "5A".repeat(256) + "9000");
        CnsCard card = CnsCard.open(
                script.build(),
                HEX.parseHex(ReferenceCard.ATR_EXTENDED),
                CnsCardOptions.defaults().withCache(cache));
        UnexpectedResponseException e =
                assertThrows(UnexpectedResponseException.class, () -> card.sign(HashAlgorithm.SHA_256, new byte[32]));
        assertTrue(e.getMessage().contains("does not verify"), e.getMessage());
        assertEquals(0, cache.size());
    }

    @Test
    void readsTheOtherFilesAsBytes() {
        ScriptedTransport.Builder script = ScriptedTransport.builder();
        ReferenceCard.cardId(script, false);
        ReferenceCard.selectAndRead(script, "10001002", HEX.parseHex("0102030405"), false);
        script.expect("00A40800041200120100", "6A82");
        ReferenceCard.selectAndRead(script, "12001203", HEX.parseHex("AABB"), false);
        ScriptedTransport transport = script.build();
        CnsCard card = CnsCard.open(transport, HEX.parseHex(ReferenceCard.ATR_SHORT));
        assertArrayEquals(HEX.parseHex("0102030405"), card.readFile(CnsFile.CHIP_DATA));
        assertTrue(card.readFileIfPresent(CnsFile.ADDITIONAL_PERSONAL_DATA).isEmpty());
        assertArrayEquals(
                HEX.parseHex("AABB"),
                card.readFileIfPresent(CnsFile.INSTALLED_SERVICES).orElseThrow());
        transport.assertComplete();
    }

    @Test
    void malformedCardFilesFailTypedWithTheCause() {
        ScriptedTransport.Builder badId = ScriptedTransport.builder();
        ReferenceCard.selectAndRead(badId, "10001003", "61201234567890AB".getBytes(StandardCharsets.US_ASCII), false);
        UnexpectedResponseException id = assertThrows(
                UnexpectedResponseException.class,
                () -> CnsCard.open(badId.build(), HEX.parseHex(ReferenceCard.ATR_SHORT))
                        .readCardId());
        assertTrue(id.getMessage().startsWith("CARD_ID (3F00/1000/1003) breaks its format"), id.getMessage());

        ScriptedTransport.Builder badData = ScriptedTransport.builder();
        ReferenceCard.cardId(badData, false);
        ReferenceCard.selectAndRead(badData, "11001102", "00006504ZZ".getBytes(StandardCharsets.US_ASCII), false);
        UnexpectedResponseException data = assertThrows(
                UnexpectedResponseException.class,
                () -> CnsCard.open(badData.build(), HEX.parseHex(ReferenceCard.ATR_SHORT))
                        .readPersonalData());
        assertInstanceOf(InvalidPersonalDataException.class, data.getCause());

        byte[] certificateWithGarbage = Arrays.copyOf(ReferenceCard.CERTIFICATE, ReferenceCard.CERTIFICATE.length + 3);
        certificateWithGarbage[certificateWithGarbage.length - 1] = 7;
        ScriptedTransport.Builder badCertificate = ScriptedTransport.builder();
        ReferenceCard.cardId(badCertificate, true);
        ReferenceCard.selectAndRead(badCertificate, "11001101", certificateWithGarbage, true);
        UnexpectedResponseException certificate = assertThrows(
                UnexpectedResponseException.class,
                () -> CnsCard.open(badCertificate.build(), HEX.parseHex(ReferenceCard.ATR_EXTENDED))
                        .readCertificate());
        assertTrue(certificate.getMessage().contains("3 bytes that are not padding"), certificate.getMessage());

        byte[] padded = Arrays.copyOf(ReferenceCard.CERTIFICATE, ReferenceCard.CERTIFICATE.length + 25);
        ScriptedTransport.Builder paddedCertificate = ScriptedTransport.builder();
        ReferenceCard.cardId(paddedCertificate, true);
        ReferenceCard.selectAndRead(paddedCertificate, "11001101", padded, true);
        assertEquals(
                ReferenceCard.certificate(),
                CnsCard.open(paddedCertificate.build(), HEX.parseHex(ReferenceCard.ATR_EXTENDED))
                        .readCertificate());
    }

    @Test
    void refusesCardsThatAreNotCnsWithoutSendingAnything() {
        ScriptedTransport nothing = ScriptedTransport.builder().build();
        UnsupportedCardException e = assertThrows(
                UnsupportedCardException.class,
                () -> CnsCard.open(nothing, HEX.parseHex("3BF41800FF8131805500318000C7")));
        assertInstanceOf(Rejection.Sibling.class, e.reason());
        assertEquals(0, nothing.exchangesPlayed());
    }

    @Test
    void aClosedCardRefusesOperations() {
        CnsCard card = CnsCard.open(ScriptedTransport.builder().build(), HEX.parseHex(ReferenceCard.ATR_SHORT));
        card.close();
        card.close();
        assertThrows(CardCommunicationException.class, card::readCardId);
    }

    @Test
    void operationsOfSeveralThreadsNeverInterleaveOnTheCard() throws Exception {
        ScriptedTransport.Builder script = ScriptedTransport.builder();
        ReferenceCard.identity(script, false);
        int threads = 8;
        for (int i = 1; i < threads; i++) {
            ReferenceCard.cardId(script, false);
        }
        ScriptedTransport scripted = script.build();
        AtomicInteger inside = new AtomicInteger();
        List<Integer> overlaps = java.util.Collections.synchronizedList(new ArrayList<>());
        CardTransport guarded = command -> {
            int now = inside.incrementAndGet();
            try {
                if (now != 1) {
                    overlaps.add(now);
                }
                return scripted.transmit(command);
            } finally {
                inside.decrementAndGet();
            }
        };
        CnsCard card = CnsCard.open(guarded, HEX.parseHex(ReferenceCard.ATR_SHORT));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CardIdentity>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(card::readIdentity));
            }
            for (Future<CardIdentity> result : results) {
                assertEquals(CardId.parse(ReferenceCard.CARD_ID), result.get().cardId());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), overlaps);
        scripted.assertComplete();
    }
}
