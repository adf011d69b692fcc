package io.tscns.card.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.card.CnsCard;
import io.tscns.card.error.PinPadException;
import io.tscns.card.error.PinPadProblem;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.vpcd.VirtualReader;
import io.tscns.test.junit.WithPcscd;
import io.tscns.testpki.KeyPairSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 4 acceptance through the real pcscd + vpcd: tscns-card's {@code readIdentity()}, PIN verify, change and
 * unblock, and {@code authenticate()} with the signature checked against the certificate, for every profile.
 */
@WithPcscd
class CnsCardPcscIT {

    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(505)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @ParameterizedTest
    @EnumSource(SimulatedProfile.class)
    void readIdentityPinOperationsAndAuthentication(SimulatedProfile profile, VirtualReader reader) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), profile)) {
            reader.insert(issued.card(), TIMEOUT);
            try (CnsCard card = PcscCards.open(reader.terminal())) {
                CnsCardFlows.readIdentityMatchesTheIssuedCard(card, issued);
                CnsCardFlows.pinAndSigningAsTheGenerationAllows(card, issued);
            }
        }
    }

    /**
     * Issue 19: a reader without part 10 features (pcscd's vpcd reader, which passes no control command) is found to
     * have no PIN pad, without disturbing the connection: the keyboard path works right after.
     */
    @Test
    void theVpcdReaderHasNoPinPadAndTheKeyboardPathStillWorks(VirtualReader reader) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC)) {
            reader.insert(issued.card(), TIMEOUT);
            try (CnsCard card = PcscCards.open(reader.terminal())) {
                assertFalse(card.hasPinPad());
                assertEquals(
                        PinPadProblem.FEATURE_MISSING,
                        assertThrows(PinPadException.class, card::verifyPinOnReader)
                                .problem());
                assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
            }
        }
    }
}
