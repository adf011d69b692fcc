package io.tscns.examples;

import io.tscns.auth.challenge.Challenge;
import io.tscns.auth.challenge.ChallengeResult;
import io.tscns.auth.challenge.ChallengeVerifier;
import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.RevocationList;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.ValidationPolicy;
import io.tscns.auth.validation.Verdict;
import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.reader.Readers;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.KeyPairSource;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The service provider adding CNS login (<i>fornitore di servizi</i>): on the server, validate a client
 * certificate with trust anchors and the CA's CRL and get the codice fiscale; on the client, read the card and
 * sign the server's challenge, here through the test kit's simulated card and readers.
 */
public final class ServiceProviderExample implements ReadmeExample {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Override
    public void run() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        TestPki pki = TestPki.builder().seed(2011).clock(clock).build();
        TestCa toscana = pki.issuingCa(TestIssuer.TOSCANA);
        Path work = Files.createTempDirectory("tscns-example");
        Path trustDirectory = Files.createDirectory(work.resolve("trust"));
        Files.write(trustDirectory.resolve("toscana.cer"), toscana.certificate().getEncoded());
        Path crlFile = Files.write(
                work.resolve("toscana.crl"), toscana.signCrl(toscana.crl().build()));
        try (IssuedCard issued = CardFactory.builder()
                .pki(pki)
                .keys(KeyPairSource.seeded(2011))
                .build()
                .issue(CardHolder.example())) {
            CnsCertificateValidator validator = validator(trustDirectory, crlFile, clock);
            CodiceFiscale citizen = logIn(validator, issued.certificate());
            check(citizen.equals(issued.codiceFiscale()), "the validator names the card's holder");

            SimulatedReaders readers = SimulatedReaders.create("Simulated Reader 0");
            readers.terminal("Simulated Reader 0").insert(issued.card());
            CodiceFiscale signedIn =
                    readAndSign(Readers.using(readers::terminalFactory), issued.pin(), validator, clock);
            check(signedIn.equals(issued.codiceFiscale()), "the signed challenge logs the holder in");

            toscana.revoke(issued.certificate(), NOW.minusSeconds(3600), CrlReason.KEY_COMPROMISE);
            Files.write(crlFile, toscana.signCrl(toscana.crl().build()));
            check(
                    validator(trustDirectory, crlFile, clock).validate(issued.certificate())
                            instanceof Verdict.Rejected,
                    "a revoked certificate is refused");
        }
    }

    static CnsCertificateValidator validator(Path trustDirectory, Path crlFile, Clock clock) {
        // tag::validator[]
        // Trust: the CNS CAs, here a directory of certificates (or AgID's trusted list, see tscns-auth).
        TrustAnchors anchors = TrustAnchors.fromDirectory(trustDirectory);
        X509Certificate ca = anchors.certificates().get(0);
        // Revocation: the CA's CRL, loaded with its signature verified; refresh the file and put it again.
        CrlRevocationChecker revocation = new CrlRevocationChecker(Optional.empty(), FreshnessPolicy.DEFAULT, clock,
                CrlLimits.DEFAULT);
        revocation.put(RevocationList.load(crlFile, ca, CrlLimits.DEFAULT), ca);
        return new CnsCertificateValidator(anchors, ValidationPolicy.DEFAULT, Optional.of(revocation), clock);
        // end::validator[]
    }

    static CodiceFiscale logIn(CnsCertificateValidator validator, X509Certificate clientCertificate) {
        // tag::login[]
        Verdict verdict = validator.validate(clientCertificate);
        if (verdict instanceof Verdict.Accepted accepted) {
            return accepted.identity().codiceFiscale();      // the citizen, e.g. RSSMRA80A01H501U
        }
        throw new SecurityException("refused: " + ((Verdict.Rejected) verdict).reasons());
        // end::login[]
    }

    static CodiceFiscale readAndSign(Readers readers, Pin pin, CnsCertificateValidator validator, Clock clock) {
        // tag::card[]
        // Server: a single-use challenge bound to this service.
        ChallengeVerifier server = new ChallengeVerifier("portale.example", Duration.ofMinutes(2), 10_000,
                validator, clock);
        Challenge challenge = server.issue();
        // Client: read the card in the first reader that holds one (Readers.pcsc() for real readers), verify the
        // PIN, sign the challenge with the card's key.
        try (CnsCard card = PcscCards.open(readers.firstWithCard())) {
            CardIdentity identity = card.readIdentity();
            if (!(card.verifyPin(pin) instanceof VerificationResult.Accepted)) {
                throw new SecurityException("wrong PIN");
            }
            byte[] signature = card.authenticate(challenge.bytes());
            // Server: the signature over its challenge, then the certificate's verdict.
            ChallengeResult result = server.verify(challenge.bytes(), signature, identity.certificate());
            if (result instanceof ChallengeResult.Verified verified
                    && verified.verdict() instanceof Verdict.Accepted accepted) {
                return accepted.identity().codiceFiscale();
            }
            throw new SecurityException("login refused: " + result);
        }
        // end::card[]
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
