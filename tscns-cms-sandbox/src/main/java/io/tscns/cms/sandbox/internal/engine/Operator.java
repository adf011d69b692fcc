package io.tscns.cms.sandbox.internal.engine;

import io.tscns.cms.protocol.OperatorRole;

import java.util.Objects;

/**
 * An authenticated operator (<i>operatore autenticato</i>) as the engine sees it.
 *
 * @param operatorId     personal operator id
 * @param displayName    name
 * @param role           role
 * @param region         region code of the counter (3 digits, as in EF.ID_Carta)
 * @param counterId      counter id
 * @param reissueEnabled whether the counter may file duplicate requests (§10.5)
 */
public record Operator(String operatorId, String displayName, OperatorRole role, String region, String counterId,
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
