package io.tscns.core.consent;

import io.tscns.core.Problem;
import java.time.Instant;
import java.util.Objects;

/**
 * Why a consent record or a consent history was refused. Callers that branch on it use these records and their
 * stable {@link #code()}; people read {@link #describe()}. No variant repeats the citizen's codice fiscale.
 *
 * @since 0.1.0
 */
public sealed interface ConsentProblem extends Problem {

    /**
     * The regime in force at the record's instant does not collect this kind of consent.
     *
     * @param kind   the kind
     * @param regime the regime in force
     */
    record NotCollectedInRegime(ConsentKind kind, FseRegime regime) implements ConsentProblem {
        /**
         * Checks the components.
         */
        public NotCollectedInRegime {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(regime, "regime");
        }

        @Override
        public String describe() {
            return "'" + kind.id() + "' is not collected under regime '" + regime.id() + "'"
                    + regime.effectiveFrom()
                            .map(d -> " (in force from " + d + ")")
                            .orElse("");
        }
    }

    /**
     * The record states a regime other than the one in force at its instant.
     *
     * @param stated  the regime the record states
     * @param inForce the regime in force at its instant
     */
    record RegimeMismatch(FseRegime stated, FseRegime inForce) implements ConsentProblem {
        /**
         * Checks the components.
         */
        public RegimeMismatch {
            Objects.requireNonNull(stated, "stated");
            Objects.requireNonNull(inForce, "inForce");
        }

        @Override
        public String describe() {
            return "the record states regime '" + stated.id() + "' but '" + inForce.id()
                    + "' was in force at its instant";
        }
    }

    /** A record of another citizen was added to a history. */
    record OtherCitizen() implements ConsentProblem {
        @Override
        public String describe() {
            return "the record belongs to another citizen than the history";
        }
    }

    /**
     * A record older than the last one was added to a history.
     *
     * @param last  the instant of the last record
     * @param found the instant of the record added
     */
    record OutOfOrder(Instant last, Instant found) implements ConsentProblem {
        /**
         * Checks the components.
         */
        public OutOfOrder {
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(found, "found");
        }

        @Override
        public String describe() {
            return "the record is dated " + found + ", before the last record of the history (" + last + ")";
        }
    }
}
