package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.CardSeed;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.SandboxSetupException;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CertificateFingerprint;
import io.tscns.cms.sandbox.internal.domain.Holder;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.OperatorAccount;
import io.tscns.cms.sandbox.internal.domain.OperatorStore;
import io.tscns.cms.sandbox.internal.domain.Stores;
import io.tscns.cms.sandbox.internal.pipeline.SingleWriter;
import io.tscns.testpki.OperatorSubject;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the sandbox's population (<i>popolamento</i>): cards with their holders and codes, and operator accounts with
 * a personal certificate from the test PKI's operator CA, a personal token, and the operator's codice fiscale (unique
 * among them), by which an operator logging in with their own card is found. Each batch is one write of the single
 * writer, dated by the sandbox's clock; a card already known is left as it is. An operator's account is written
 * again; with a data directory its personal certificate, key and token are kept there ({@link CredentialFiles}),
 * made on the first start and read back on every later one, so that a restart keeps the credentials the counter
 * software holds. Thread-safe.
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
    private final Optional<Path> dataDirectory;

    Seeder(
            SingleWriter writer,
            Stores stores,
            OperatorStore operators,
            TestCaLink certificates,
            TestPki pki,
            Clock clock,
            SecureRandom random,
            Optional<Path> dataDirectory) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
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
                stores.holders()
                        .put(new Holder(
                                seed.holder(),
                                seed.surname(),
                                seed.givenName(),
                                seed.birthDate(),
                                seed.sex(),
                                seed.birthPlace()));
                stores.cards()
                        .insert(new CardRecord(
                                seed.cardId(),
                                seed.teamNumber(),
                                seed.holder(),
                                seed.region(),
                                seed.state(),
                                0,
                                seed.expiryDate(),
                                seed.certificate().map(TestCaLink::serial),
                                Optional.empty(),
                                0,
                                clock.instant()));
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
        Set<String> codes = new HashSet<>();
        for (OperatorSeed seed : seeds) {
            if (!codes.add(seed.codiceFiscale().value())) {
                throw new SandboxSetupException("two operators have the codice fiscale of " + seed.operatorId()
                        + ": a card login could not tell them apart; give each operator their own");
            }
        }
        return seeds.stream().map(this::operator).toList();
    }

    private SeededOperator operator(OperatorSeed seed) {
        Optional<CredentialFiles.Kept> kept = kept(seed.operatorId());
        TestCredential credential = kept.map(CredentialFiles.Kept::credential)
                .orElseGet(() -> pki.operatorCredential(new OperatorSubject(
                        seed.operatorId(),
                        seed.codiceFiscale(),
                        "OPERATORE",
                        seed.operatorId().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""),
                        "tscns Sandbox CMS",
                        Optional.of(seed.counterId()))));
        char[] token = kept.map(CredentialFiles.Kept::token)
                .orElseGet(
                        () -> ("tok-" + seed.operatorId() + "-" + Long.toHexString(random.nextLong())).toCharArray());
        String fingerprint;
        try {
            fingerprint = CertificateFingerprint.of(credential.certificate().getEncoded());
            if (kept.isEmpty() && dataDirectory.isPresent()) {
                CredentialFiles.writePkcs12(
                        dataDirectory.get(),
                        seed.operatorId(),
                        credential,
                        CredentialFiles.PKCS12_PASSWORD.toCharArray());
                CredentialFiles.writeToken(dataDirectory.get(), seed.operatorId(), token.clone());
            }
        } catch (CertificateEncodingException e) {
            Arrays.fill(token, '\0');
            throw new IllegalStateException("cannot encode an operator certificate", e);
        } catch (IOException e) {
            Arrays.fill(token, '\0');
            throw new UncheckedIOException("cannot write the credentials of " + seed.operatorId(), e);
        }
        OperatorAccount account = new OperatorAccount(
                new Operator(
                        seed.operatorId(),
                        seed.displayName(),
                        seed.role(),
                        seed.region(),
                        seed.counterId(),
                        seed.reissueEnabled()),
                seed.enabled());
        writer.write(tx -> {
            operators.put(account, seed.codiceFiscale(), Optional.of(fingerprint), Optional.of(token));
            return null;
        });
        return new SeededOperator(seed, credential, token);
    }

    /**
     * The credentials an earlier run on the data directory wrote for an operator: a restart keeps them, so that the
     * files the counter software holds go on working.
     */
    private Optional<CredentialFiles.Kept> kept(String operatorId) {
        if (dataDirectory.isEmpty()) {
            return Optional.empty();
        }
        try {
            return CredentialFiles.read(dataDirectory.get(), operatorId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the credentials of " + operatorId, e);
        }
    }
}
