package io.tscns.cms.sandbox;

import io.tscns.cms.protocol.OperatorRole;
import java.util.Objects;

/**
 * An operator account the sandbox CMS starts with (<i>operatore precaricato</i>). The sandbox issues the operator's
 * personal certificate from the test PKI's operator CA and a personal token; tests get both through
 * {@link SimulatedCms#operator(String)}.
 *
 * @param operatorId     the personal operator id (also the certificate's UID)
 * @param displayName    given name and surname
 * @param role           the role
 * @param region         the counter's region code (3 digits, as in EF.ID_Carta: {@code 090} is Tuscany)
 * @param counterId      the counter's id
 * @param reissueEnabled whether the counter may file duplicate requests (§10.5)
 * @param enabled        whether the account may log in
 */
public record OperatorSeed(String operatorId, String displayName, OperatorRole role, String region,
        String counterId, boolean reissueEnabled, boolean enabled) {

    /**
     * Checks the components.
     */
    public OperatorSeed {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(counterId, "counterId");
        if (!operatorId.matches("[a-z][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("operator id must be lower-case letters, digits, . _ -");
        }
    }

    /**
     * An enabled operator of a role in a region.
     *
     * @param operatorId the id
     * @param role       the role
     * @param region     the region code
     * @return the seed
     */
    public static OperatorSeed of(String operatorId, OperatorRole role, String region) {
        return new OperatorSeed(operatorId, "Operator " + operatorId, role, region, "counter-" + operatorId,
                role == OperatorRole.ASL_COUNTER, true);
    }

    /**
     * Returns the same operator with re-issue enabled or not.
     *
     * @param value whether re-issue is enabled
     * @return the new seed
     */
    public OperatorSeed withReissueEnabled(boolean value) {
        return new OperatorSeed(operatorId, displayName, role, region, counterId, value, enabled);
    }

    /**
     * Returns the same operator enabled or disabled.
     *
     * @param value whether the account is enabled
     * @return the new seed
     */
    public OperatorSeed withEnabled(boolean value) {
        return new OperatorSeed(operatorId, displayName, role, region, counterId, reissueEnabled, value);
    }
}
