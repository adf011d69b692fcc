package io.tscns.core.audit;

import java.util.Objects;

/**
 * The result of verifying an audit chain (<i>verifica di integrità</i>): intact, or broken at the first position
 * where an entry is wrong or missing.
 *
 * @since 0.1.0
 */
public sealed interface AuditVerification permits AuditVerification.Intact, AuditVerification.Broken {

    /**
     * Tells whether the chain verified.
     *
     * @return {@code true} for {@link Intact}
     */
    default boolean isIntact() {
        return this instanceof Intact;
    }

    /**
     * Every entry walked is intact, in sequence, linked and sealed by a known key.
     *
     * @param count the number of entries walked
     * @param head  the head after the last entry (the anchor when there was none); store it or publish it as a
     *              checkpoint
     */
    record Intact(long count, AuditChainHead head) implements AuditVerification {
        /**
         * Checks the fields.
         */
        public Intact {
            Objects.requireNonNull(head, "head");
        }
    }

    /**
     * The chain breaks at a position. Entries before it verified.
     *
     * @param index            the 0-based position among the entries walked where the chain breaks: the wrong
     *                         entry, or the first missing one
     * @param expectedSequence the sequence number that belongs at that position
     * @param defect           what was found
     */
    record Broken(long index, long expectedSequence, AuditDefect defect) implements AuditVerification {
        /**
         * Checks the fields.
         */
        public Broken {
            Objects.requireNonNull(defect, "defect");
        }

        /**
         * Returns a sentence saying where and why the chain breaks.
         *
         * @return a human-readable description
         */
        public String describe() {
            return "audit chain broken at entry index " + index + " (sequence number " + expectedSequence + "): "
                    + defect.describe();
        }
    }
}
