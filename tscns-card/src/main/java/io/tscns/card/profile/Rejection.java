package io.tscns.card.profile;

import io.tscns.core.Problem;

/**
 * Why an ATR is not a CNS this SDK serves (<i>motivo del rifiuto</i>): the problem family of
 * {@link io.tscns.card.error.UnsupportedCardException}. Callers branch on the record type or the stable
 * {@link #code()}; people read {@link #describe()}, which says why the card was rejected and, where it helps, what to
 * do.
 *
 * @since 0.1.0
 */
public sealed interface Rejection extends Problem {

    /**
     * The bytes are not a well-formed ATR.
     *
     * @param problem the parser's message
     */
    record MalformedAtr(String problem) implements Rejection {
        @Override
        public String describe() {
            return "the card's ATR is not well formed: " + problem;
        }
    }

    /**
     * The card is a CNS sibling (DSD, HPC, CIE).
     *
     * @param kind which sibling
     */
    record Sibling(SiblingCard kind) implements Rejection {
        /** The code published for this record, which is not its name. */
        @Override
        public String code() {
            return "sibling-card";
        }

        @Override
        public String describe() {
            return "the card is " + kind.description();
        }
    }

    /**
     * The ATR is one a PC/SC contactless reader synthesises (PC/SC Part 3: {@code 3B 8n 80 01 ...}); the CNS file
     * system is read through the contact interface.
     */
    record Contactless() implements Rejection {
        /** The code published for this record, which is not its name. */
        @Override
        public String code() {
            return "contactless-interface";
        }

        @Override
        public String describe() {
            return "the card answered through a contactless (NFC) reader; insert it into a contact reader";
        }
    }

    /**
     * The ATR fails the CNS recognition rule.
     *
     * @param rule     the rule applied
     * @param mismatch the first check that failed, e.g. {@code "historical bytes H10-H12 are not \"CNS\""}
     */
    record NotCns(AtrRule rule, String mismatch) implements Rejection {
        @Override
        public String describe() {
            return "the card is not a CNS (" + rule + "): " + mismatch;
        }
    }
}
