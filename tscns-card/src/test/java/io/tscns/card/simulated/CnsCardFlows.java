package io.tscns.card.simulated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.pin.VerificationResult;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.IssuedCard;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.OptionalInt;

/**
 * The flows of issue 4's acceptance, run by tscns-card's {@link CnsCard} against an issued simulated card, whatever
 * the access path: read the identity, verify / change / unblock the PIN, authenticate a challenge and check the
 * signature with the certificate.
 */
public final class CnsCardFlows {

    private CnsCardFlows() {}

    public static void readIdentityMatchesTheIssuedCard(CnsCard card, IssuedCard issued) {
        CardIdentity identity = card.readIdentity();
        assertEquals(issued.cardId(), identity.cardId());
        assertEquals(issued.teamNumber(), identity.teamNumber());
        assertEquals(issued.personalData().data(), identity.personalData().data());
        assertArrayEquals(
                issued.personalData().encode(), identity.personalData().encode());
        assertEquals(issued.certificate(), identity.certificate());
    }

    public static void pinLifeCycle(CnsCard card, IssuedCard issued) {
        try (Pin wrong = Pin.parse("99999");
                Pin changed = Pin.parse("24680");
                Pin unblocked = Pin.parse("13579")) {
            VerificationResult rejected = card.verifyPin(wrong);
            assertEquals(new VerificationResult.Rejected(OptionalInt.of(2)), rejected);
            assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
            assertEquals(3, issued.card().securityStatus().pinTriesLeft());
            assertInstanceOf(VerificationResult.Accepted.class, card.changePin(issued.pin(), changed));
            for (int i = 0; i < 3; i++) {
                card.verifyPin(wrong);
            }
            assertInstanceOf(VerificationResult.Blocked.class, card.verifyPin(changed));
            assertInstanceOf(VerificationResult.Accepted.class, card.unblockPin(issued.puk(), unblocked));
            assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(unblocked));
        }
    }

    public static void authenticationVerifiesWithTheCertificate(CnsCard card, IssuedCard issued)
            throws GeneralSecurityException {
        byte[] challenge = "nonce 4f1c from the relying party".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
        byte[] signature = card.authenticate(challenge);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(issued.certificate());
        verifier.update(challenge);
        assertTrue(verifier.verify(signature));
    }

    /**
     * Runs the authentication and the PIN life cycle on a generation that has them; on the ACe 2025, whose PIN and
     * signing commands are not public, checks that both are refused with the typed error and no APDU sent.
     */
    public static void pinAndSigningAsTheGenerationAllows(CnsCard card, IssuedCard issued)
            throws GeneralSecurityException {
        if (issued.card().profile() != io.tscns.simcard.SimulatedProfile.ACE_2025) {
            authenticationVerifiesWithTheCertificate(card, issued);
            pinLifeCycle(card, issued);
            return;
        }
        assertEquals(issued.cardId(), card.readCardId()); // finds the applet behind the classic-looking ATR
        java.util.List<io.tscns.simcard.ApduExchange> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        issued.card().addListener(sent::add);
        assertThrows(io.tscns.card.error.NotSupportedOnGenerationException.class, () -> card.verifyPin(issued.pin()));
        assertThrows(
                io.tscns.card.error.NotSupportedOnGenerationException.class,
                () -> card.authenticate(new byte[] {1, 2, 3}));
        assertEquals(java.util.List.of(), sent, "no APDU is sent for an operation the generation lacks");
    }
}
