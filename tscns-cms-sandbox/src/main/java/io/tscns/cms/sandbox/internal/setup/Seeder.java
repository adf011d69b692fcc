package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.CardSeed;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CertificateFingerprint;
import io.tscns.cms.sandbox.internal.domain.Holder;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.OperatorAccount;
import io.tscns.cms.sandbox.internal.domain.OperatorStore;
import io.tscns.cms.sandbox.internal.domain.Stores;
import io.tscns.cms.sandbox.internal.pipeline.SingleWriter;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.testpki.OperatorSubject;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestPki;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads the sandbox's population (<i>popolamento</i>): cards with their holders and codes, and operator accounts with
 * a personal certificate from the test PKI's operator CA and a personal token. Each batch is one write of the single
 * writer, dated by the sandbox's clock; a card already known is left as it is, an operator is replaced (a restart
 * re-seeds its accounts with new tokens). Thread-safe.
 */
public final class Seeder {

    /**
     * An operator seeded: the account's seed, its personal certificate and key, and its personal token.
     *
     * @param seed       the seed
     * @param credential the personal certificate and key
     * @param token      the personal token; the receiver wipes it
     */
    public record SeededOperator(OperatorSeed seed, TestCredential credential, char[] token) {
        /** Checks the components. */
        public SeededOperator {
            Objects.requireNonNull(seed, "seed");
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "SeededOperator[" + seed.operatorId() + "]";
        }
    }

    private final SingleWriter writer;
    private final Stores stores;
    private final OperatorStore operators;
    private final TestCaLink certificates;
    private final TestPki pki;
    private final Clock clock;
    private final SecureRandom random;

    Seeder(SingleWriter writer, Stores stores, OperatorStore operators, TestCaLink certificates, TestPki pki,
            Clock clock, SecureRandom random) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.operators = Objects.requireNonNull(operators, "operators");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.pki = Objects.requireNonNull(pki, "pki");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Seeds cards, shipped or in the state each seed says; a card already known is left as it is. The certificates
     * of the seeds become known to the test CA's link.
     *
     * @param seeds the cards
     */
    public void cards(List<CardSeed> seeds) {
        seeds.forEach(seed -> seed.certificate().ifPresent(certificates::register));
        writer.write(tx -> {
            for (CardSeed seed : seeds) {
                if (stores.cards().exists(seed.cardId())) {
                    continue;
                }
                stores.holders().put(new Holder(seed.holder(), seed.surname(), seed.givenName(), seed.birthDate(),
                        seed.sex(), seed.birthPlace()));
                stores.cards().insert(new CardRecord(seed.cardId(), seed.teamNumber(), seed.holder(), seed.region(),
                        seed.state(), 0, seed.expiryDate(), seed.certificate().map(TestCaLink::serial),
                        Optional.empty(), 0, clock.instant()));
                stores.codes().put(seed.cardId(), seed.pin());
                stores.codes().put(seed.cardId(), seed.puk());
                stores.codes().put(seed.cardId(), seed.cip());
            }
            return null;
        });
    }

    /**
     * Seeds operator accounts, each with a personal certificate from the test PKI and a fresh personal token.
     *
     * @param seeds the operators
     * @return the operators seeded, in order
     */
    public List<SeededOperator> operators(List<OperatorSeed> seeds) {
        return seeds.stream().map(this::operator).toList();
    }

    private SeededOperator operator(OperatorSeed seed) {
        TestCredential credential = pki.operatorCredential(new OperatorSubject(seed.operatorId(),
                operatorCodiceFiscale(seed.operatorId()), "OPERATORE", seed.operatorId().toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z]", ""), "tscns Sandbox CMS", Optional.of(seed.counterId())));
        char[] token = ("tok-" + seed.operatorId() + "-" + Long.toHexString(random.nextLong())).toCharArray();
        String fingerprint;
        try {
            fingerprint = CertificateFingerprint.of(credential.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            Arrays.fill(token, '\0');
            throw new IllegalStateException("cannot encode an operator certificate", e);
        }
        OperatorAccount account = new OperatorAccount(new Operator(seed.operatorId(), seed.displayName(), seed.role(),
                seed.region(), seed.counterId(), seed.reissueEnabled()), seed.enabled());
        writer.write(tx -> {
            operators.put(account, Optional.of(fingerprint), Optional.of(token));
            return null;
        });
        return new SeededOperator(seed, credential, token);
    }

    /** A made-up codice fiscale per operator id, for the subject of the personal certificate. */
    private static CodiceFiscale operatorCodiceFiscale(String operatorId) {
        int day = 1 + Math.floorMod(operatorId.hashCode(), 28);
        return CodiceFiscaleCalculator.compute("OPERATORE", "SANDBOX", Sex.FEMALE, LocalDate.of(1985, 3, day),
                new BirthPlaceCode("D612"));
    }
}
