package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.Sex;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;

/**
 * The population {@code SimulatedCms.start()} comes with (<i>popolazione predefinita</i>): Tuscan operators of every
 * role, one of them not enabled for re-issue and one disabled, a Lombard pharmacist, and three shipped cards from the
 * card factory, two Tuscan and one Lombard, dated by the test PKI's clock. Stateless.
 */
public final class DefaultPopulation {

    private DefaultPopulation() {}

    /**
     * Returns the operators.
     *
     * @return {@code asl-1}, {@code asl-2} (re-issue not enabled), {@code pharmacy-1}, {@code pharmacy-lombardy},
     *         {@code callcenter-1}, {@code admin-1}, {@code comune-1} (a municipality's counter, an authorised body),
     *         {@code disabled-1}
     */
    public static List<OperatorSeed> operators() {
        return List.of(
                OperatorSeed.of("asl-1", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY),
                OperatorSeed.of("asl-2", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY)
                        .withReissueEnabled(false),
                OperatorSeed.of("pharmacy-1", OperatorRole.PHARMACY, SimulatedCms.TUSCANY),
                OperatorSeed.of("pharmacy-lombardy", OperatorRole.PHARMACY, SimulatedCms.LOMBARDY),
                OperatorSeed.of("callcenter-1", OperatorRole.CALL_CENTER, SimulatedCms.TUSCANY),
                OperatorSeed.of("admin-1", OperatorRole.ISSUER_ADMIN, SimulatedCms.TUSCANY),
                OperatorSeed.of("comune-1", OperatorRole.AUTHORISED_BODY, SimulatedCms.TUSCANY),
                OperatorSeed.of("disabled-1", OperatorRole.PHARMACY, SimulatedCms.TUSCANY)
                        .withEnabled(false));
    }

    /**
     * Issues the cards: MARIO ROSSI's and ANNA BIANCHI's in Tuscany, LUCA VERDI's in Lombardy. They are the same
     * cards every time — card ids, codes and keys from seeded sources — so that a sandbox restarted on its data
     * directory finds them known and seeds no more (only their certificates are new, with serial numbers the CA
     * has not used).
     *
     * @param pki the test PKI whose regional CAs issue the cards' certificates
     * @return the cards, in that order
     */
    public static List<IssuedCard> cards(TestPki pki) {
        CardFactory tuscany = CardFactory.builder()
                .pki(pki)
                .random(seeded("tuscany"))
                .keys(pki.keys())
                .build();
        CardFactory lombardy = CardFactory.builder()
                .pki(pki)
                .issuer(TestIssuer.LOMBARDIA)
                .random(seeded("lombardy"))
                .keys(pki.keys())
                .build();
        return List.of(
                tuscany.issue(CardHolder.example()),
                tuscany.issue(new CardHolder(
                        "BIANCHI",
                        "ANNA",
                        Sex.FEMALE,
                        LocalDate.of(1990, 5, 17),
                        new BirthPlaceCode("D612"),
                        new BirthPlaceCode("D612"))),
                lombardy.issue(new CardHolder(
                        "VERDI",
                        "LUCA",
                        Sex.MALE,
                        LocalDate.of(1975, 11, 2),
                        new BirthPlaceCode("F205"),
                        new BirthPlaceCode("F205"))));
    }

    /** A reproducible source for one region's cards (SHA1PRNG seeded before its first use is deterministic). */
    private static SecureRandom seeded(String region) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(("tscns default population " + region).getBytes(StandardCharsets.US_ASCII));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is not available", e);
        }
    }
}
