package io.tscns.auth.challenge;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.ValidatorFixtures;
import io.tscns.auth.validation.Verdict;
import io.tscns.testpki.ManualClock;
import io.tscns.testpki.TestCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChallengeVerifierTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final TestCredential CARD = AuthFixtures.holderCredential();

    private static ChallengeVerifier verifier(Clock clock, int capacity) {
        return new ChallengeVerifier(
                "portale.example",
                Duration.ofMinutes(2),
                capacity,
                ValidatorFixtures.trusting(AuthFixtures.toscana(), clock),
                clock);
    }

    /** What {@code CnsCard.authenticate} returns: PKCS#1 v1.5 over the SHA-256 DigestInfo, i.e. SHA256withRSA. */
    private static byte[] cardSignature(byte[] challenge) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(CARD.privateKey());
        signature.update(challenge);
        return signature.sign();
    }

    /** The same signature as the card's raw-RSA path builds it: the DigestInfo padded on the host. */
    private static byte[] rawPathSignature(byte[] challenge) throws Exception {
        byte[] digestInfo = HEX.parseHex("3031300d060960864801650304020105000420"
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(challenge)));
        Signature raw = Signature.getInstance("NONEwithRSA");
        raw.initSign(CARD.privateKey());
        raw.update(digestInfo);
        return raw.sign();
    }

    @Test
    void theCardsAnswerIsVerifiedOnceAndTheCertificateValidated() throws Exception {
        ChallengeVerifier verifier = verifier(Clock.fixed(NOW, ZoneOffset.UTC), 10);
        Challenge challenge = verifier.issue();
        byte[] signature = cardSignature(challenge.bytes());
        assertTrue(
                java.util.Arrays.equals(signature, rawPathSignature(challenge.bytes())),
                "both card signing paths give the same signature");
        ChallengeResult result = verifier.verify(challenge.bytes(), signature, CARD.certificate());
        Verdict verdict =
                assertInstanceOf(ChallengeResult.Verified.class, result).verdict();
        assertEquals(
                "RSSMRA80A01H501U",
                assertInstanceOf(Verdict.Accepted.class, verdict)
                        .identity()
                        .codiceFiscale()
                        .value());
        assertInstanceOf(
                ChallengeResult.UnknownOrExpiredChallenge.class,
                verifier.verify(challenge.bytes(), signature, CARD.certificate()),
                "a replay is refused");
    }

    @Test
    void aWrongSignatureOrAForeignChallengeIsRefused() throws Exception {
        ChallengeVerifier verifier = verifier(Clock.fixed(NOW, ZoneOffset.UTC), 10);
        Challenge challenge = verifier.issue();
        byte[] signature = cardSignature(challenge.bytes());
        signature[5] ^= 1;
        assertInstanceOf(
                ChallengeResult.BadSignature.class, verifier.verify(challenge.bytes(), signature, CARD.certificate()));
        assertInstanceOf(
                ChallengeResult.UnknownOrExpiredChallenge.class,
                verifier.verify(new byte[1 << 20], signature, CARD.certificate()),
                "an oversized answer is not hashed");
        byte[] forged = "not issued here".getBytes(StandardCharsets.US_ASCII);
        assertInstanceOf(
                ChallengeResult.UnknownOrExpiredChallenge.class,
                verifier.verify(forged, cardSignature(forged), CARD.certificate()));
    }

    @Test
    void anExpiredChallengeIsRefused() throws Exception {
        ManualClock clock = new ManualClock(NOW);
        ChallengeVerifier verifier = verifier(clock, 10);
        Challenge challenge = verifier.issue();
        clock.set(NOW.plus(Duration.ofMinutes(2)));
        assertInstanceOf(
                ChallengeResult.UnknownOrExpiredChallenge.class,
                verifier.verify(challenge.bytes(), cardSignature(challenge.bytes()), CARD.certificate()));
    }

    @Test
    void challengesAreLabelledUniqueAndBounded() {
        ManualClock clock = new ManualClock(NOW);
        ChallengeVerifier verifier = verifier(clock, 2);
        Challenge first = verifier.issue();
        Challenge second = verifier.issue();
        assertNotEquals(first, second);
        assertTrue(new String(first.bytes(), StandardCharsets.ISO_8859_1).startsWith(Challenge.LABEL));
        assertTrue(new String(first.bytes(), StandardCharsets.ISO_8859_1).contains("portale.example"));
        assertEquals(first.bytes().length * 4 / 3 + 1, first.toBase64().length());
        ChallengeStoreException full = assertThrows(ChallengeStoreException.class, verifier::issue);
        assertEquals(new ChallengeStoreProblem.Full(2), full.problem());
        clock.set(NOW.plus(Duration.ofMinutes(3)));
        verifier.issue();
    }
}
