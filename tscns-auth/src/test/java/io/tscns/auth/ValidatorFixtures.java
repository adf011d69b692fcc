package io.tscns.auth;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.RevocationList;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.ValidationPolicy;
import io.tscns.testpki.TestCa;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A validator trusting one test CA and checking its current CRL. */
public final class ValidatorFixtures {

    private ValidatorFixtures() {}

    /**
     * Returns a validator trusting a CA, with a CRL checker holding the CA's CRL as of now.
     *
     * @param ca    the CA
     * @param clock the validator's clock
     * @return the validator
     */
    public static CnsCertificateValidator trusting(TestCa ca, Clock clock) {
        CrlRevocationChecker crls =
                new CrlRevocationChecker(Optional.empty(), FreshnessPolicy.DEFAULT, clock, CrlLimits.DEFAULT);
        crls.put(RevocationList.load(ca.signCrl(ca.crl().build()), ca.certificate()), ca.certificate());
        return new CnsCertificateValidator(
                TrustAnchors.of(List.of(ca.certificate())), ValidationPolicy.DEFAULT, Optional.of(crls), clock);
    }
}
