package io.tscns.auth.validation;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Turns a client's certificate chain into a {@link Verdict} (<i>verifica del certificato del cliente</i>): the seam
 * between what reads a certificate from a request (the servlet filter, the Spring Security provider, the challenge
 * verifier) and what validates it. {@link CnsCertificateValidator} validates against fixed trust anchors;
 * {@code io.tscns.auth.login.CnsLogin} keeps its anchors and revocation data fresh and validates with the current
 * ones.
 *
 * <p>Implementations are thread-safe and never throw for a certificate they refuse: the refusal is the verdict.
 *
 * @since 0.1.0
 */
public interface CertificateValidator {

    /**
     * Validates a chain as the client presented it: the holder's certificate first, then any intermediate CAs.
     *
     * @param chain the chain
     * @return the verdict; {@link RejectionReason.NoCertificate} for an empty chain
     */
    Verdict validate(List<X509Certificate> chain);

    /**
     * Validates a certificate presented alone.
     *
     * @param certificate the holder's certificate
     * @return the verdict
     */
    default Verdict validate(X509Certificate certificate) {
        return validate(List.of(certificate));
    }
}
