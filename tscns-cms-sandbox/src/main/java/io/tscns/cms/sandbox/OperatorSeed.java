package io.tscns.cms.sandbox;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An operator account the sandbox CMS starts with (<i>operatore precaricato</i>). The sandbox issues the operator's
 * personal certificate from the test PKI's operator CA and a personal token; tests get both through
 * {@link SimulatedCms#operator(String)}. The operator registry also records the operator's codice fiscale: an
 * operator who logs in with their own TS-CNS or operator card (Toscana manual v2.0 §10.1 step 2) is found by the
 * codice fiscale of the card's CNS certificate.
 *
 * @param operatorId     the personal operator id (also the certificate's UID)
 * @param displayName    given name and surname
 * @param codiceFiscale  the operator's own codice fiscale, unique among the operators
 * @param role           the role
 * @param region         the counter's region code (3 digits, as in EF.ID_Carta: {@code 090} is Tuscany)
 * @param counterId      the counter's id
 * @param reissueEnabled whether the counter may file duplicate requests (§10.5)
 * @param enabled        whether the account may log in
 * @since 0.1.0
 */
public record OperatorSeed(
        String operatorId,
        String displayName,
        CodiceFiscale codiceFiscale,
        OperatorRole role,
        String region,
        String counterId,
        boolean reissueEnabled,
        boolean enabled) {

    /** Days over which the made-up birth dates of {@link #of} spread: forty years. */
    private static final int BIRTH_DAYS = 40 * 365;

    /**
     * Checks the components.
     */
    public OperatorSeed {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(counterId, "counterId");
        if (!operatorId.matches("[a-z][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("operator id must be lower-case letters, digits, . _ -");
        }
    }

    /**
     * An enabled operator of a role in a region, with a made-up codice fiscale derived from the id (surname
     * {@code OPERATORE}, a birth date from the id's hash): give the operator their real one with
     * {@link #withPerson(String, CodiceFiscale)} to let them log in with their card.
     *
     * @param operatorId the id
     * @param role       the role
     * @param region     the region code
     * @return the seed
     */
    public static OperatorSeed of(String operatorId, OperatorRole role, String region) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(Math.floorMod(operatorId.hashCode(), BIRTH_DAYS));
        CodiceFiscale madeUp =
                CodiceFiscaleCalculator.compute("OPERATORE", "SANDBOX", Sex.FEMALE, birth, new BirthPlaceCode("D612"));
        return new OperatorSeed(
                operatorId,
                "Operator " + operatorId,
                madeUp,
                role,
                region,
                "counter-" + operatorId,
                role == OperatorRole.ASL_COUNTER,
                true);
    }

    /**
     * Returns the same operator with re-issue enabled or not.
     *
     * @param value whether re-issue is enabled
     * @return the new seed
     */
    public OperatorSeed withReissueEnabled(boolean value) {
        return new OperatorSeed(operatorId, displayName, codiceFiscale, role, region, counterId, value, enabled);
    }

    /**
     * Returns the same operator enabled or disabled.
     *
     * @param value whether the account is enabled
     * @return the new seed
     */
    public OperatorSeed withEnabled(boolean value) {
        return new OperatorSeed(operatorId, displayName, codiceFiscale, role, region, counterId, reissueEnabled, value);
    }

    /**
     * Returns the same operator with their own name and codice fiscale, e.g. those of the holder of the card they log
     * in with.
     *
     * @param name  given name and surname
     * @param value the codice fiscale
     * @return the new seed
     */
    public OperatorSeed withPerson(String name, CodiceFiscale value) {
        return new OperatorSeed(operatorId, name, value, role, region, counterId, reissueEnabled, enabled);
    }
}
