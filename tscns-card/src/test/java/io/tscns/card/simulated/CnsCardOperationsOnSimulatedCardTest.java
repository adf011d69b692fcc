package io.tscns.card.simulated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.key.HashAlgorithm;
import io.tscns.card.pin.PinStatus;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.profile.SigningMethod;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardFile;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedCardBuilder;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.KeyPairSource;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The card facade's single operations against an issued simulated card, each checked against what the card holds:
 * the ones the identity flows do not reach (personal data alone, the PUK's status, GET CHALLENGE, INTERNAL
 * AUTHENTICATE, unblocking while keeping the PIN, PSS with an empty salt, a padded certificate file) and the facade's
 * state after {@link CnsCard#close()}.
 */
class CnsCardOperationsOnSimulatedCardTest {

    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(405)).build();

    @Test
    void readsThePersonalDataFileAsTheCardHoldsIt() {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC);
                CnsCard card = InProcessTransport.open(issued.card())) {
            assertArrayEquals(
                    issued.personalData().encode(), card.readPersonalData().encode());
            assertArrayEquals(
                    SimulatedProfile.CLASSIC.atr(),
                    card.profile().orElseThrow().atr().bytes());
        }
    }

    @Test
    void theChallengeHasTheLengthAskedAndTheStatusQueriesSpendNoTry() {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC);
                CnsCard card = InProcessTransport.open(issued.card())) {
            byte[] first = card.getChallenge(8);
            byte[] second = card.getChallenge(8);
            assertEquals(8, first.length);
            assertFalse(Arrays.equals(first, second), "two challenges of the card's generator");
            assertEquals(
                    new PinStatus.NotVerified(
                            OptionalInt.of(issued.card().securityStatus().pukTriesLeft())),
                    card.pukStatus());
        }
    }

    @Test
    void internalAuthenticateAnswersWithTheAuthenticationKey() throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC);
                CnsCard card = InProcessTransport.open(issued.card())) {
            assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
            byte[] input = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] answer = card.internalAuthenticate(input);
            assertEquals(256, answer.length);
            Signature verifier = Signature.getInstance("NONEwithRSA");
            verifier.initVerify(issued.certificate().getPublicKey());
            verifier.update(input);
            assertTrue(verifier.verify(answer), "the answer is a PKCS#1 signature of the input by the card's key");
        }
    }

    @Test
    void unblockingWithThePukKeepsThePin() {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC);
                CnsCard card = InProcessTransport.open(issued.card());
                Pin wrong = Pin.parse("99999")) {
            for (int i = 0; i < 3; i++) {
                card.verifyPin(wrong);
            }
            VerificationResult unblocked = card.unblockPin(issued.puk());
            assertInstanceOf(VerificationResult.Accepted.class, unblocked);
            assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
        }
    }

    @Test
    void aPssSignatureWithAnEmptySaltVerifies() throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC);
                CnsCard card = InProcessTransport.open(issued.card())) {
            assertEquals(SigningMethod.RAW_RSA_DECIPHER, card.signingMethod());
            assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
            byte[] message = "a document".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
            byte[] signature = card.signPss(HashAlgorithm.SHA_256, digest, 0, new SecureRandom());

            Signature verifier = Signature.getInstance("RSASSA-PSS");
            verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 0, 1));
            verifier.initVerify(issued.certificate().getPublicKey());
            verifier.update(message);
            assertTrue(verifier.verify(signature));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> card.signPss(HashAlgorithm.SHA_256, digest, -1, new SecureRandom()));
        }
    }

    @Test
    void aCertificateFileMayEndInPaddingOfOneByteButNothingElse() throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC)) {
            byte[] der = issued.certificate().getEncoded();
            for (int pad : new int[] {0x00, 0xFF}) {
                byte[] padded = Arrays.copyOf(der, der.length + 3);
                Arrays.fill(padded, der.length, padded.length, (byte) pad);
                try (CnsCard card = InProcessTransport.open(withCertificateFile(issued, padded))) {
                    assertEquals(issued.certificate(), card.readCertificate());
                }
            }
            byte[] mixed = Arrays.copyOf(der, der.length + 2);
            mixed[der.length + 1] = (byte) 0xFF;
            try (CnsCard card = InProcessTransport.open(withCertificateFile(issued, mixed))) {
                UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, card::readCertificate);
                assertTrue(e.getMessage().contains("followed by 2 bytes that are not padding"), e.getMessage());
            }
        }
    }

    @Test
    void aClosedCardRefusesEveryOperationAndFreesItsLockForOtherThreads() throws Exception {
        IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC);
        CnsCard card = InProcessTransport.open(issued.card());
        card.readCertificate();
        card.close();
        assertEquals(
                "this CnsCard is closed",
                assertThrows(CardCommunicationException.class, card::hasPinPad).getMessage());
        assertThrows(CardCommunicationException.class, card::readCertificate);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // A lock left held by close() or by the operation before it would leave this thread waiting for ever.
            Future<Throwable> refused = other.submit(() -> {
                try {
                    card.readPersonalData();
                    return null;
                } catch (CardCommunicationException e) {
                    return e;
                }
            });
            assertInstanceOf(CardCommunicationException.class, refused.get(30, TimeUnit.SECONDS));
            Future<?> closedAgain = other.submit(card::close);
            closedAgain.get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
            issued.close();
        }
    }

    /** The issued card's files and codes, with another content in its certificate file. */
    private static SimulatedCard withCertificateFile(IssuedCard issued, byte[] content) {
        SimulatedCardBuilder builder = SimulatedCard.builder(SimulatedProfile.CLASSIC)
                .pin(issued.pin())
                .puk(issued.puk());
        for (CardFile file : CardFile.values()) {
            issued.card().fileContent(file).ifPresent(bytes -> builder.file(file, bytes));
        }
        return builder.file(CardFile.AUTHENTICATION_CERTIFICATE, content).build();
    }
}
