package io.tscns.card.simulated;

import io.tscns.card.CnsCard;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.card.simulated.CnsCardFlows;
import io.tscns.test.junit.WithPcscd;
import io.tscns.testpki.KeyPairSource;
import io.tscns.simcard.vpcd.VirtualReader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

/**
 * Issue 4 acceptance through the real pcscd + vpcd: tscns-card's {@code readIdentity()}, PIN verify, change and
 * unblock, and {@code authenticate()} with the signature checked against the certificate, for every profile.
 */
@WithPcscd
class CnsCardPcscIT {

    private static final CardFactory FACTORY = CardFactory.builder().keys(KeyPairSource.seeded(505)).build();
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
}
