package io.tscns.cli.demo;

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
import io.tscns.testpki.TestCa;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The service provider of steps 9 and 11 (<i>fornitore di servizi</i>): it trusts the Tuscan test CA, loads the CRL
 * the CA issues at that moment (signature verified), and logs the citizen in with a single-use challenge that the
 * card signs after the PIN. Each login takes a fresh CRL, as a provider that refreshes it would.
 */
final class ServiceProvider {

    /** The audience the challenges are bound to. */
    static final String AUDIENCE = "portale.example";

    private ServiceProvider() {}

    /**
     * What a login attempt gave.
     *
     * @param result     the verifier's result
     * @param crlEntries how many certificates the CRL listed
     */
    record Attempt(ChallengeResult result, int crlEntries) {}

    /**
     * Describes a login's result in a few words, without the certificate.
     *
     * @param result the result
     * @return for example {@code ACCEPTED} or {@code REJECTED [Revoked]}
     */
    static String describe(ChallengeResult result) {
        if (result instanceof ChallengeResult.Verified verified) {
            return verified.verdict() instanceof Verdict.Rejected rejected
                    ? "REJECTED "
                            + rejected.reasons().stream()
                                    .map(reason -> reason.getClass().getSimpleName())
                                    .toList()
                    : "ACCEPTED";
        }
        return result.getClass().getSimpleName();
    }

    /**
     * Describes a CRL's size.
     *
     * @param entries how many certificates it lists
     * @return for example {@code CRL with 1 entry}
     */
    static String crl(int entries) {
        return "CRL with " + entries + (entries == 1 ? " entry" : " entries");
    }

    /**
     * Logs the citizen in with the card in the demo's reader.
     *
     * @param context the demo
     * @return the attempt
     */
    static Attempt login(DemoContext context) {
        TestCa ca = context.pki().issuingCa(context.citizen().issuer());
        X509Certificate caCertificate = ca.certificate();
        RevocationList crl = RevocationList.load(ca.signCrl(ca.crl().build()), caCertificate);
        CrlRevocationChecker revocation =
                new CrlRevocationChecker(Optional.empty(), FreshnessPolicy.DEFAULT, context.clock(), CrlLimits.DEFAULT);
        revocation.put(crl, caCertificate);
        CnsCertificateValidator validator = new CnsCertificateValidator(
                TrustAnchors.of(List.of(caCertificate)),
                ValidationPolicy.DEFAULT,
                Optional.of(revocation),
                context.clock());
        ChallengeVerifier server =
                new ChallengeVerifier(AUDIENCE, Duration.ofMinutes(2), 100, validator, context.clock());
        Challenge challenge = server.issue();
        try (CnsCard card = PcscCards.open(Readers.using(context.readers()::terminalFactory)
                .find(DemoContext.READER)
                .orElseThrow())) {
            CardIdentity identity = card.readIdentity();
            VerificationResult pin = card.verifyPin(context.pin());
            DemoCheckException.check(pin instanceof VerificationResult.Accepted, "the card refused the PIN: " + pin);
            byte[] signature = card.authenticate(challenge.bytes());
            return new Attempt(server.verify(challenge.bytes(), signature, identity.certificate()), crl.size());
        }
    }
}
