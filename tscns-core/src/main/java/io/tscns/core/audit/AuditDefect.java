package io.tscns.core.audit;

import io.tscns.core.Problem;

/**
 * Why an audit chain is broken at a given position (<i>violazione dell'integrità</i>), for callers that branch on it;
 * people read {@link #describe()}. Reported inside {@link AuditVerification.Broken}, which says where.
 *
 * @since 0.1.0
 */
public sealed interface AuditDefect extends Problem {

    /**
     * A sequence number is higher than expected: entries are missing here (deleted, or moved further down).
     *
     * @param expected the sequence number that should be here
     * @param found    the sequence number found
     */
    record SequenceGap(long expected, long found) implements AuditDefect {
        @Override
        public String describe() {
            return "sequence number " + expected + " expected, " + found + " found: entries " + expected + " to "
                    + (found - 1) + " are missing here (deleted, or moved further down)";
        }
    }

    /**
     * A sequence number is lower than expected: an entry appears again or was moved up.
     *
     * @param expected the sequence number that should be here
     * @param found    the sequence number found
     */
    record OutOfOrder(long expected, long found) implements AuditDefect {
        @Override
        public String describe() {
            return "sequence number " + expected + " expected, " + found
                    + " found: an earlier entry appears again or was moved here";
        }
    }

    /** The entry's previous-hash field is not the hash of the entry before it (or of the anchor). */
    record BrokenLink() implements AuditDefect {
        @Override
        public String describe() {
            return "the entry's previous hash is not the hash of the entry before it";
        }
    }

    /** The entry's stored hash is not the hash of its content: the record, sequence or link was changed. */
    record HashMismatch() implements AuditDefect {
        @Override
        public String describe() {
            return "the entry's hash does not match its content: the entry was changed after it was sealed";
        }
    }

    /**
     * The seal's MAC is wrong for its key: the sealed content or the seal was changed.
     *
     * @param keyId the key id named by the seal
     */
    record MacMismatch(String keyId) implements AuditDefect {
        @Override
        public String describe() {
            return "the seal does not verify with key '" + keyId + "': the content or the seal was changed";
        }
    }

    /**
     * The seal names a key the verifier's key ring does not hold.
     *
     * @param keyId the key id named by the seal
     */
    record UnknownKey(String keyId) implements AuditDefect {
        @Override
        public String describe() {
            return "the seal names key '" + keyId + "', which is not in the key ring";
        }
    }

    /**
     * The seal has a version or algorithm this library does not verify.
     *
     * @param version   the seal's version
     * @param algorithm the seal's algorithm
     */
    record UnsupportedSeal(String version, String algorithm) implements AuditDefect {
        @Override
        public String describe() {
            return "the seal uses " + version + ":" + algorithm + "; this verifier supports " + AuditSeal.VERSION + ":"
                    + AuditSeal.ALGORITHM;
        }
    }

    /**
     * The entry at a checkpoint's sequence number has a different hash than the checkpoint.
     *
     * @param sequence the checkpoint's sequence number
     */
    record CheckpointMismatch(long sequence) implements AuditDefect {
        @Override
        public String describe() {
            return "entry " + sequence + " differs from the checkpoint: the chain was rewritten from here or before";
        }
    }

    /**
     * The entries end before a head that the chain is known to have reached (a checkpoint, or an export's trailer).
     *
     * @param expectedThrough the sequence number the chain should reach
     * @param lastFound       the last sequence number found
     */
    record Truncated(long expectedThrough, long lastFound) implements AuditDefect {
        @Override
        public String describe() {
            return "the entries end at sequence number " + lastFound + " but the chain reaches " + expectedThrough
                    + ": entries " + (lastFound + 1) + " to " + expectedThrough + " are missing";
        }
    }

    /**
     * An export's trailer names a head other than the one its entries reach, although it does not claim more
     * entries.
     *
     * @param trailerSequence the head sequence number in the trailer
     * @param lastFound       the last sequence number found
     */
    record TrailerMismatch(long trailerSequence, long lastFound) implements AuditDefect {
        @Override
        public String describe() {
            return "the trailer names head " + trailerSequence + " but the entries reach " + lastFound;
        }
    }

    /**
     * A line of an export cannot be read.
     *
     * @param line    the 1-based line number
     * @param problem what is wrong with it
     */
    record MalformedExport(long line, AuditExportProblem problem) implements AuditDefect {
        @Override
        public String describe() {
            return "export line " + line + ": " + problem.describe();
        }
    }
}
