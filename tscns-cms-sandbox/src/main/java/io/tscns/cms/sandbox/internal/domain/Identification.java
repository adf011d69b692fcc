package io.tscns.cms.sandbox.internal.domain;

import io.tscns.cms.protocol.IdentificationRef;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a card identification (<i>riconoscimento della tessera</i>, Toscana manual v2.0 §10.1 steps 4–5).
 */
public sealed interface Identification {

    /**
     * The data match: the card and its holder's data for the operator's second check.
     *
     * @param card      the card
     * @param holder    the holder
     * @param reference the reference of this identification, for the operations that require one
     */
    record Match(CardRecord card, Holder holder, IdentificationRef reference) implements Identification {
        /**
         * Checks the components.
         */
        public Match {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /**
     * The data do not match: the holder is sent to the Scelta e Revoca office (§10.1 step 5).
     *
     * @param mismatched the data that differ, at least one
     */
    record Mismatch(List<IdentityDatum> mismatched) implements Identification {
        /**
         * Checks and copies the list.
         */
        public Mismatch {
            mismatched = List.copyOf(mismatched);
            if (mismatched.isEmpty()) {
                throw new IllegalArgumentException("a mismatch names at least one datum");
            }
        }
    }
}
