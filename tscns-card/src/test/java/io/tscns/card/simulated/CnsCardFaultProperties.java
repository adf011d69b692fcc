package io.tscns.card.simulated;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tscns.card.CnsCard;
import io.tscns.card.error.CardAccessException;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.Fault;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.test.jqwik.GeneratorCoverage;
import io.tscns.testpki.KeyPairSource;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The simulated card knows the truth about itself (its id, personal data, certificate, PIN and key); a fault makes it
 * fail one answer or vanish. Whatever the fault, tscns-card's facade reads the truth, verifies the right PIN and
 * signs verifiably, or throws a typed {@link CardAccessException}: never a wrong value. The faults here are answers
 * no healthy card gives to these commands (errors, wrong lengths, removal), so a different but valid result would
 * be a defect, not the card's word.
 */
class CnsCardFaultProperties {

    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(404)).build();

    @Provide
    Arbitrary<Fault> faults() {
        Arbitrary<Long> apdu = Arbitraries.longs().between(1, 24);
        Arbitrary<Integer> errors = Arbitraries.of(0x6F00, 0x6A82, 0x6700, 0x6581, 0x6B00, 0x6A86, 0x6C10, 0x6100);
        Arbitrary<Integer> instructions = Arbitraries.of(0x20, 0xB0, 0x2A, 0xA4, 0x22, 0x88);
        return Arbitraries.oneOf(
                apdu.map(Fault::removeCardAt),
                Combinators.combine(apdu, errors).as(Fault::answerAt),
                Combinators.combine(instructions, errors).as(Fault::answerNext));
    }

    /** One card per profile, issued once: a fault never changes what the card holds, only what it answers. */
    private static final Map<SimulatedProfile, IssuedCard> CARDS = new ConcurrentHashMap<>();

    /** 500 tries, the least over which the coverage of both outcomes is checked: each runs about 20 APDUs. */
    @Property(tries = 500)
    void underAFaultTheCardGivesTheTruthOrATypedError(@ForAll SimulatedProfile profile, @ForAll("faults") Fault fault)
            throws GeneralSecurityException {
        IssuedCard issued = CARDS.computeIfAbsent(profile, p -> FACTORY.issue(CardHolder.example(), p));
        issued.card().clearFaults();
        issued.card().injectFault(fault);
        String outcome;
        try (CnsCard card = InProcessTransport.open(issued.card())) {
            CnsCardFlows.readIdentityMatchesTheIssuedCard(card, issued);
            CnsCardFlows.authenticationVerifiesWithTheCertificate(card, issued);
            outcome = "the truth";
        } catch (CardAccessException e) {
            assertFalse(e.getMessage().isBlank());
            outcome = "a typed error";
        } finally {
            issued.card().clearFaults();
            issued.card().powerOff();
        }
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(checker -> {
            checker.check("the truth").count(GeneratorCoverage.atLeastPercent(10));
            checker.check("a typed error").count(GeneratorCoverage.atLeastPercent(10));
        });
    }
}
