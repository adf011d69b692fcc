package io.tscns.cms.sandbox.internal.pipeline;

import io.tscns.cms.sandbox.internal.domain.CertificateLink;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.core.audit.AuditDetails;
import java.time.Instant;
import java.util.Objects;

/**
 * What a handler knows besides its command (<i>contesto dell'operazione</i>): who asks, the instant of the
 * operation (one clock reading for the change, the history and the audit entry), a place for the facts its audit
 * entry should carry, and the test CA, whose requests wait for the commit. Used by the single writer's thread only,
 * for one operation.
 */
public final class OperationContext {

    private final Operator operator;
    private final Instant now;
    private final AuditDetails.Builder details;
    private final CertificateLink certificates;

    OperationContext(Operator operator, Instant now, AuditDetails.Builder details, CertificateLink certificates) {
        this.operator = Objects.requireNonNull(operator, "operator");
        this.now = Objects.requireNonNull(now, "now");
        this.details = Objects.requireNonNull(details, "details");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    /**
     * Returns who asks.
     *
     * @return the operator
     */
    public Operator operator() {
        return operator;
    }

    /**
     * Returns the instant of the operation.
     *
     * @return the instant
     */
    public Instant now() {
        return now;
    }

    /**
     * Notes a fact about what the operation did for its audit entry (a new card's id, whether the data matched);
     * recorded whether the operation succeeds or is refused.
     *
     * @param key   a short key, never naming a secret
     * @param value the value, never a secret or personal data beyond ids
     */
    public void detail(String key, String value) {
        details.put(key, value);
    }

    /**
     * Returns the test CA's revocation registry, whose requests take effect once the operation is committed, and
     * never if it is refused or rolled back.
     *
     * @return the link
     */
    public CertificateLink certificates() {
        return certificates;
    }
}
