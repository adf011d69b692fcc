package io.tscns.core.audit;

import io.tscns.core.Problem;
import io.tscns.core.TscnsException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value of the audit trail (<i>tracciamento delle operazioni</i>) breaks a rule: a field of an
 * {@link AuditRecord}, a detail key, a key id, a hash or a seal. {@link #field()} names the field and
 * {@link #reason()} says which rule failed; the message says the same in words.
 *
 * <p>The message never repeats the rejected value: it may be personal data, and a detail refused because its key
 * names a secret may be that secret.
 *
 * @since 0.1.0
 */
public final class InvalidAuditValueException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * The rule a value broke, for callers that branch on it. Each reason is the {@link Problem} the exception
     * carries: {@link #field()} and the message say which field and how.
     */
    public enum Reason implements Problem {
        /** The value is empty where at least one character is required. */
        EMPTY("the value is empty where at least one character is required"),
        /** The value has more characters or bytes than the field allows. */
        TOO_LONG("the value has more characters or bytes than the field allows"),
        /** There are more items (detail entries) than allowed. */
        TOO_MANY("there are more detail entries than allowed"),
        /** The text contains an unpaired UTF-16 surrogate, which has no UTF-8 encoding. */
        ILL_FORMED_UNICODE("the text holds an unpaired UTF-16 surrogate, which has no UTF-8 encoding"),
        /** The value does not follow the syntax of the field. */
        SYNTAX("the value does not follow the syntax of the field"),
        /** A number or instant lies outside the range the field allows. */
        OUT_OF_RANGE("the number or instant lies outside the range the field allows"),
        /** The same detail key was given twice. */
        DUPLICATE("the same detail key was given twice"),
        /** A detail key names a secret (PIN, PUK, CIP, password, key material...). */
        NAMES_A_SECRET("the detail key names a secret, which the audit trail never records"),
        /** The text can be read but is not written in the one canonical form. */
        NOT_CANONICAL("the text can be read but is not written in its one canonical form");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        @Override
        public String describe() {
            return description;
        }
    }

    private final String field;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param field  the field that holds the value, e.g. {@code operatorId} or {@code details.mode}
     * @param reason the rule that failed
     * @param detail what was wrong and where, without the value itself
     */
    public InvalidAuditValueException(String field, Reason reason, String detail) {
        super("audit " + Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(detail, "detail"));
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the field that holds the rejected value.
     *
     * @return the field name
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rule that failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the one problem this exception carries, {@link #reason()}.
     *
     * @return a list of that reason
     */
    @Override
    public List<Reason> problems() {
        return List.of(reason);
    }
}
