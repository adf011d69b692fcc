package io.tscns.core.consent;

import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.util.Objects;

/**
 * One FSE consent choice as the CMS records it (<i>registrazione del consenso</i>; Toscana manual v2.0 §10.1 step 11
 * and §10.4; DM 20 giugno 2011 Allegato 2 point 2): whose, which kind, given or withdrawn, when, and under which
 * legal regime.
 *
 * <p>Every instance is consistent: the regime is the one in force at the instant, and that regime collects the kind.
 * A feeding consent dated after 18 May 2020, for example, cannot be built, given or withdrawn: DL 34/2020 abolished
 * it. Historical records keep their meaning because they keep their regime.
 *
 * <p>Immutable and thread-safe.
 *
 * @param citizen    the citizen's codice fiscale
 * @param kind       the kind of consent
 * @param status     given or withdrawn
 * @param recordedAt when the choice was recorded
 * @param regime     the regime in force at {@code recordedAt}
 * @since 0.1.0
 */
public record ConsentRecord(
        CodiceFiscale citizen, ConsentKind kind, ConsentStatus status, Instant recordedAt, FseRegime regime) {

    /**
     * Checks that the regime is the one in force at the instant and that it collects the kind.
     *
     * @throws InvalidConsentException with {@link ConsentProblem.RegimeMismatch} or
     *                                 {@link ConsentProblem.NotCollectedInRegime}
     */
    public ConsentRecord {
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(regime, "regime");
        FseRegime inForce = FseRegime.inForceAt(recordedAt);
        if (regime != inForce) {
            throw new InvalidConsentException(new ConsentProblem.RegimeMismatch(regime, inForce));
        }
        if (regime.rule(kind) == ConsentRule.NOT_COLLECTED) {
            throw new InvalidConsentException(new ConsentProblem.NotCollectedInRegime(kind, regime));
        }
    }

    /**
     * Records a choice under the regime in force at its instant.
     *
     * @param citizen    the citizen's codice fiscale
     * @param kind       the kind of consent
     * @param status     given or withdrawn
     * @param recordedAt when the choice was recorded
     * @return the record
     * @throws InvalidConsentException with {@link ConsentProblem.NotCollectedInRegime} if that regime does not
     *                                 collect the kind
     */
    public static ConsentRecord of(CodiceFiscale citizen, ConsentKind kind, ConsentStatus status, Instant recordedAt) {
        return new ConsentRecord(
                citizen,
                kind,
                status,
                recordedAt,
                FseRegime.inForceAt(Objects.requireNonNull(recordedAt, "recordedAt")));
    }
}
