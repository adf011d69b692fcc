package io.tscns.cms.sandbox.internal.domain;

import io.tscns.cms.protocol.OperatorRole;
import java.util.Objects;

/**
 * An authenticated operator (<i>operatore autenticato</i>): who asks for an operation, as the pipeline and the
 * handlers see it. The role is the protocol's {@link OperatorRole}; what it allows is the sandbox's role matrix.
 *
 * @param operatorId     personal operator id
 * @param displayName    name
 * @param role           role
 * @param region         region code of the counter (3 digits, as in EF.ID_Carta)
 * @param counterId      counter id
 * @param reissueEnabled whether the counter may file duplicate requests (Toscana manual v2.0 §10.5)
 */
public record Operator(
        String operatorId,
        String displayName,
        OperatorRole role,
        String region,
        String counterId,
        boolean reissueEnabled) {

    /**
     * Checks the components.
     */
    public Operator {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(counterId, "counterId");
    }
}
