package io.tscns.examples;

import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.error.SecurityStatusNotSatisfiedException;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.reader.Readers;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * tscns-card's facade on a card in a reader: read the identity, verify the PIN (a wrong one first), sign a
 * challenge. The reader is the simulated card's, behind {@code javax.smartcardio}; with a real reader,
 * {@code Readers.pcsc()} finds it.
 */
public final class CardExample implements ReadmeExample {

    @Override
    public void run() throws Exception {
        try (IssuedCard issued = CardFactory.standard().issue(CardHolder.example())) {
            SimulatedReaders simulated = SimulatedReaders.create("Reader 0");
            simulated.terminal("Reader 0").insert(issued.card());
            Readers readers = Readers.using(simulated::terminalFactory);
            byte[] challenge = "challenge from the server".getBytes(StandardCharsets.UTF_8);
            List<Integer> told = new ArrayList<>();

            assertThrows(
                    SecurityStatusNotSatisfiedException.class,
                    () -> use(readers, "00000".toCharArray(), challenge, told::add)); // wrong PIN: no signature
            byte[] signature = use(readers, issued.pin().toCharArray(), challenge, told::add);

            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(issued.certificate());
            verifier.update(challenge);
            if (!told.equals(List.of(2)) || !verifier.verify(signature)) {
                throw new AssertionError("tries told " + told + "; the signature verifies: false");
            }
        }
    }

    private static void assertThrows(Class<? extends Exception> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError(expected.getSimpleName() + " expected");
    }

    private static byte[] use(Readers readers, char[] pinFromTheUser, byte[] serverChallenge, IntConsumer tellTheUser) {
        // tag::card[]
        try (CnsCard card = PcscCards.open(readers.firstWithCard())) {   // Readers.pcsc() for the machine's readers
            CardIdentity identity = card.readIdentity();        // card id, TEAM number, personal data, certificate
            System.out.println("card " + identity.cardId() + " of " + identity.personalData().data().surname());
            try (Pin pin = Pin.parse(pinFromTheUser)) {           // char[] from the UI; tscns-core checks the format
                VerificationResult result = card.verifyPin(pin);  // Accepted | Rejected(triesLeft) | Blocked
                if (result instanceof VerificationResult.Rejected rejected) {
                    rejected.triesLeft().ifPresent(tellTheUser);         // when the card says how many
                }
            }
            return card.authenticate(serverChallenge);          // SHA256withRSA, verifiable with the certificate
        }
        // end::card[]
    }
}
