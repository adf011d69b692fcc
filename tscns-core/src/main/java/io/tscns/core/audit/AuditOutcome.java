package io.tscns.core.audit;

/**
 * How a traced operation ended (<i>esito dell'operazione</i>; the DM 20 giugno 2011, Allegato 2, asks the CMS for
 * "l'elenco cronologico delle operazioni eseguite con relativo stato"). A refusal and an error carry a stable code
 * that callers and auditors can count and branch on; free-text explanations belong in the
 * {@linkplain AuditDetails details}.
 *
 * @since 0.1.0
 */
public sealed interface AuditOutcome permits AuditOutcome.Succeeded, AuditOutcome.Refused, AuditOutcome.Failed {

    /**
     * The operation was carried out.
     */
    record Succeeded() implements AuditOutcome {}

    /**
     * The operation was refused by a rule (wrong CIP, illegal lifecycle transition, role not allowed, identity
     * mismatch...): nothing changed.
     *
     * @param reasonCode the stable code of the rule, e.g. {@code ILLEGAL_TRANSITION}; an ASCII letter or digit, then
     *                   letters, digits, {@code . _ -}, at most 64 characters
     */
    record Refused(String reasonCode) implements AuditOutcome {
        /**
         * Checks the reason code.
         *
         * @throws InvalidAuditValueException if the code is empty, too long or has a character a code may not have
         */
        public Refused {
            AuditText.code("outcome.reasonCode", reasonCode);
        }
    }

    /**
     * The operation could not be carried out because of a fault (the card did not answer, a back end failed): the
     * outcome for the holder is unknown or nothing changed, and the code says which fault.
     *
     * @param errorCode the stable code of the fault, e.g. {@code CARD_REMOVED}; same syntax as a reason code
     */
    record Failed(String errorCode) implements AuditOutcome {
        /**
         * Checks the error code.
         *
         * @throws InvalidAuditValueException if the code is empty, too long or has a character a code may not have
         */
        public Failed {
            AuditText.code("outcome.errorCode", errorCode);
        }
    }

    /**
     * Returns the text form, used by the export and by stores: {@code succeeded}, {@code refused:<code>} or
     * {@code failed:<code>}.
     *
     * @return the text form
     */
    default String toText() {
        if (this instanceof Refused refused) {
            return "refused:" + refused.reasonCode();
        }
        if (this instanceof Failed failed) {
            return "failed:" + failed.errorCode();
        }
        return "succeeded";
    }

    /**
     * Reads the text form written by {@link #toText()}.
     *
     * @param text the text form
     * @return the outcome
     * @throws InvalidAuditValueException if the text is not {@code succeeded}, {@code refused:<code>} or
     *                                    {@code failed:<code>} with a valid code
     */
    static AuditOutcome parse(String text) {
        if (text.equals("succeeded")) {
            return succeeded();
        }
        if (text.startsWith("refused:")) {
            return refused(text.substring("refused:".length()));
        }
        if (text.startsWith("failed:")) {
            return failed(text.substring("failed:".length()));
        }
        throw new InvalidAuditValueException(
                "outcome",
                InvalidAuditValueException.Reason.SYNTAX,
                "expected 'succeeded', 'refused:<code>' or 'failed:<code>'");
    }

    /**
     * Returns the outcome of an operation that was carried out.
     *
     * @return the success outcome
     */
    static AuditOutcome succeeded() {
        return new Succeeded();
    }

    /**
     * Returns the outcome of an operation that a rule refused.
     *
     * @param reasonCode the stable code of the rule
     * @return the refusal
     * @throws InvalidAuditValueException if the code is not a valid code
     */
    static AuditOutcome refused(String reasonCode) {
        return new Refused(reasonCode);
    }

    /**
     * Returns the outcome of an operation that failed because of a fault.
     *
     * @param errorCode the stable code of the fault
     * @return the failure
     * @throws InvalidAuditValueException if the code is not a valid code
     */
    static AuditOutcome failed(String errorCode) {
        return new Failed(errorCode);
    }
}
