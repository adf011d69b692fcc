package io.tscns.auth.servlet;

import io.tscns.auth.validation.RejectionReason;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The client certificate a request carries, before validation (<i>certificato presentato dalla richiesta</i>): what
 * {@link CnsRequestAuthenticator#certificate} found in the TLS session or a trusted proxy's header, for callers that
 * validate it their own way (the Spring Security provider).
 *
 * @since 0.1.0
 */
public sealed interface RequestCertificate {

    /**
     * A certificate chain, the holder's first.
     *
     * @param chain the chain, not empty
     */
    record Presented(List<X509Certificate> chain) implements RequestCertificate {
        /** Checks and copies the chain. */
        public Presented {
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("a presented chain holds at least the holder's certificate");
            }
        }
    }

    /**
     * Something was presented and must be refused before any validation: a proxy header from an untrusted address,
     * or a header that holds no certificate.
     *
     * @param reason why
     */
    record Refused(RejectionReason reason) implements RequestCertificate {
        /** Checks the reason. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** No certificate at all: neither in the TLS session nor in a proxy header. */
    record None() implements RequestCertificate {}
}
