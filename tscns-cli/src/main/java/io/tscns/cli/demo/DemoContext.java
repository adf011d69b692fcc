package io.tscns.cli.demo;

import io.tscns.card.CnsCard;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.Sex;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * What the demo steps share (<i>stato della dimostrazione</i>): the clock, the test PKI, the sandbox CMS, the two
 * citizens' cards, the ASL operator's own card, the operators' CMS clients, and the first citizen's two halves of the codes until they are used.
 * Each step reads what earlier steps set and fails with a clear message if they did not run. {@link #close()} stops
 * the sandbox, wipes every secret and deletes the temporary directory. Not thread-safe: one demo run uses it.
 */
public final class DemoContext implements AutoCloseable {

    /** The pharmacist who activates the cards. */
    public static final String PHARMACIST = "pharmacy-1";
    /** The regional administrator who exports the audit chain. */
    public static final String REGIONAL_ADMIN = "admin-1";
    /** The name of the simulated reader the citizen's card is inserted in. */
    public static final String READER = "Demo Reader 0";
    /** The ASL operator who logs in with their own card and activates the second card. */
    public static final String ASL_OPERATOR = "asl-1";
    /** The ASL operator as the holder of their own TS-CNS. */
    public static final CardHolder ASL_OPERATOR_HOLDER = new CardHolder(
            "NERI",
            "LAURA",
            Sex.FEMALE,
            LocalDate.of(1978, 4, 12),
            new BirthPlaceCode("D612"),
            new BirthPlaceCode("D612"));
    /** The name of the simulated reader at the ASL counter, where the operator's card goes. */
    public static final String COUNTER_READER = "Counter Reader 0";

    private final Clock clock;
    private final DemoListener listener;
    private final Path workDirectory;
    private final Map<String, CmsClient> clients = new LinkedHashMap<>();
    private final SimulatedReaders readers = SimulatedReaders.create(READER, COUNTER_READER);
    private IssuedCard operatorCard;
    private CnsCard operatorCnsCard;
    private TestPki pki;
    private SimulatedCms cms;
    private IssuedCard citizen;
    private IssuedCard delegated;
    private Receipt receipt;
    private IdentificationRef identification;
    private CodeHalves remoteHalves;
    private Pin pin;
    private Path documentsDirectory;

    /**
     * Creates the context of one run, with its temporary directory.
     *
     * @param clock    the clock of the PKI, the sandbox and the validator
     * @param listener where slow steps report progress
     * @throws UncheckedIOException if the temporary directory cannot be created
     */
    public DemoContext(Clock clock, DemoListener listener) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        try {
            this.workDirectory = Files.createTempDirectory("tscns-demo");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo's temporary directory", e);
        }
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the temporary directory of this run (the sandbox's data directory lives there) */
    public Path workDirectory() {
        return workDirectory;
    }

    /**
     * Reports progress of a slow step.
     *
     * @param message what it is doing
     */
    public void progress(String message) {
        listener.progress(message);
    }

    /**
     * Asks the activation steps to write their documents as PDF files to a directory, created (owner only) if
     * missing.
     *
     * @param directory the directory
     * @throws UncheckedIOException if it cannot be created
     */
    public void documentsDirectory(Path directory) {
        try {
            this.documentsDirectory = Files.isDirectory(directory)
                    ? directory
                    : Files.createDirectories(
                            directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            try {
                this.documentsDirectory = Files.createDirectories(directory);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot create " + directory, again);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    /** @return where the activation steps write their documents, if anywhere */
    public Optional<Path> documentsDirectory() {
        return Optional.ofNullable(documentsDirectory);
    }

    /** @return the simulated readers the citizen uses */
    public SimulatedReaders readers() {
        return readers;
    }

    void sandbox(TestPki testPki, SimulatedCms sandbox) {
        this.pki = Objects.requireNonNull(testPki, "testPki");
        this.cms = Objects.requireNonNull(sandbox, "sandbox");
    }

    /** @return the test PKI (card CAs, operator CA, the sandbox's server certificate) */
    public TestPki pki() {
        return required(pki, "the test PKI");
    }

    /** @return the running sandbox CMS */
    public SimulatedCms cms() {
        return required(cms, "the sandbox CMS");
    }

    void cards(IssuedCard first, IssuedCard second) {
        this.citizen = Objects.requireNonNull(first, "first");
        this.delegated = Objects.requireNonNull(second, "second");
    }

    /** @return the first citizen's card, activated directly */
    public IssuedCard citizen() {
        return required(citizen, "the first citizen's card");
    }

    /** @return the second citizen's card, activated on delegation */
    public IssuedCard delegated() {
        return required(delegated, "the second citizen's card");
    }

    /**
     * Returns the CMS client of a sandbox operator, logging in with mutual TLS with the operator's own certificate
     * the first time.
     *
     * @param operatorId the operator
     * @return the client
     */
    public CmsClient client(String operatorId) {
        CmsClient existing = clients.get(operatorId);
        if (existing != null) {
            return existing;
        }
        TestCredential credential = cms().operator(operatorId).credential();
        char[] password = randomPassword();
        try {
            KeyStore store = credential.toPkcs12(operatorId, password);
            CmsClient client = CmsClient.builder()
                    .baseUri(cms().baseUri())
                    .credentials(OperatorCredentials.keyStore(store, password))
                    .trustAnchors(List.of(cms().caCertificate()))
                    .requestTimeout(Duration.ofSeconds(10))
                    .clock(clock)
                    .build();
            clients.put(operatorId, client);
            return client;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Returns the CMS client of the ASL operator, who logs in with their own card: the card's key signs the TLS
     * handshake through tscns-card's provider, which has the card verify the PIN when it first needs it.
     *
     * @param card the operator's issued card, whose PIN the operator types
     * @param cns  the card, opened in the counter's reader; closed with this context
     * @return the client
     */
    CmsClient cardClient(IssuedCard card, CnsCard cns) {
        this.operatorCard = Objects.requireNonNull(card, "card");
        this.operatorCnsCard = Objects.requireNonNull(cns, "cns");
        CallbackHandler pinPad = callbacks -> {
            for (Callback callback : callbacks) {
                if (!(callback instanceof PasswordCallback asked)) {
                    throw new UnsupportedCallbackException(callback);
                }
                char[] pin = card.pin().toCharArray();
                asked.setPassword(pin);
                Arrays.fill(pin, '\0');
            }
        };
        CmsClient client = CmsClient.builder()
                .baseUri(cms().baseUri())
                .credentials(OperatorCredentials.card(cns, pinPad))
                .trustAnchors(List.of(cms().caCertificate()))
                .requestTimeout(Duration.ofSeconds(10))
                // The handshake includes the card's signature and the PIN's entry.
                .connectTimeout(Duration.ofMinutes(2))
                .clock(clock)
                .build();
        clients.put(ASL_OPERATOR, client);
        return client;
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        return password;
    }

    void identification(IdentificationRef value) {
        this.identification = Objects.requireNonNull(value, "value");
    }

    /** @return the pharmacist's identification of the first citizen's card, which its activation carries */
    public IdentificationRef identification() {
        return required(identification, "the identification of the first citizen's card");
    }

    void receipt(Receipt value) {
        destroy(receipt);
        this.receipt = Objects.requireNonNull(value, "value");
    }

    /** @return the first citizen's activation receipt, with the counter halves */
    public Receipt receipt() {
        return required(receipt, "the activation receipt");
    }

    void remoteHalves(CodeHalves value) {
        if (remoteHalves != null) {
            remoteHalves.destroy();
        }
        this.remoteHalves = Objects.requireNonNull(value, "value");
    }

    /** @return the first citizen's remote halves, from the outbox */
    public CodeHalves remoteHalves() {
        return required(remoteHalves, "the remote halves from the outbox");
    }

    void pin(Pin value) {
        if (pin != null) {
            pin.destroy();
        }
        this.pin = Objects.requireNonNull(value, "value");
    }

    /** @return the PIN the citizen recombined */
    public Pin pin() {
        return required(pin, "the recombined PIN");
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalStateException(what + " is missing: an earlier step did not run");
        }
        return value;
    }

    private static void destroy(Receipt value) {
        if (value != null) {
            value.destroy();
        }
    }

    /** Stops the sandbox, wipes the codes and deletes the temporary directory. */
    @Override
    public void close() {
        destroy(receipt);
        if (remoteHalves != null) {
            remoteHalves.destroy();
        }
        if (pin != null) {
            pin.destroy();
        }
        Optional.ofNullable(operatorCnsCard).ifPresent(CnsCard::close);
        Optional.ofNullable(operatorCard).ifPresent(IssuedCard::close);
        Optional.ofNullable(citizen).ifPresent(IssuedCard::close);
        Optional.ofNullable(delegated).ifPresent(IssuedCard::close);
        if (cms != null) {
            cms.close();
        }
        try (Stream<Path> files = Files.walk(workDirectory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is harmless; the operating system cleans it.
        }
    }

    @Override
    public String toString() {
        return "DemoContext[" + workDirectory + "]";
    }
}
