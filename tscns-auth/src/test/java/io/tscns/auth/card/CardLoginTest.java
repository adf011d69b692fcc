package io.tscns.auth.card;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.ValidatorFixtures;
import io.tscns.auth.challenge.Challenge;
import io.tscns.auth.challenge.ChallengeResult;
import io.tscns.auth.challenge.ChallengeVerifier;
import io.tscns.auth.identity.CnsIdentities;
import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.identity.PersonalDataMatch;
import io.tscns.auth.validation.Verdict;
import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.pin.VerificationResult;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Login with the card itself: tscns-card's {@link CnsCard} on the test kit's simulated card answers a challenge of
 * {@link ChallengeVerifier}, and the identity read from the card's certificate matches its EF.Dati_personali.
 */
class CardLoginTest {

    private static final CardFactory FACTORY =
            CardFactory.builder().pki(AuthFixtures.PKI).build();

    @Test
    void theCardsAuthenticateAnswersTheServersChallenge() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ChallengeVerifier server = new ChallengeVerifier(
                "portale.example",
                Duration.ofMinutes(2),
                100,
                ValidatorFixtures.trusting(AuthFixtures.toscana(), clock),
                clock);
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            byte[] atr = issued.card().powerOn();
            try (CnsCard card = CnsCard.open(issued.card()::process, atr)) {
                CardIdentity read = card.readIdentity();
                assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
                Challenge challenge = server.issue();
                byte[] signature = card.authenticate(challenge.bytes());

                ChallengeResult result = server.verify(challenge.bytes(), signature, read.certificate());
                Verdict verdict =
                        assertInstanceOf(ChallengeResult.Verified.class, result).verdict();
                CnsIdentity identity =
                        assertInstanceOf(Verdict.Accepted.class, verdict).identity();
                assertEquals(issued.codiceFiscale(), identity.codiceFiscale());
                assertEquals(issued.cardId(), identity.cardId());
                assertNotEquals(
                        new PersonalDataMatch.Mismatch(),
                        PersonalDataMatch.check(
                                CnsIdentities.of(read.certificate()).commonName(), read.personalData()),
                        "the CN hash matches the card's own EF.Dati_personali");
            }
        }
    }
}
