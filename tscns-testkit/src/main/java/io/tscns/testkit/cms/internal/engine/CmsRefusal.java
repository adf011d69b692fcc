package io.tscns.testkit.cms.internal.engine;

import io.tscns.core.TscnsException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An operation the sandbox refuses (<i>operazione rifiutata</i>): a stable problem code, the HTTP status, a detail
 * sentence and typed extension members ({@code triesLeft}, {@code violations}, {@code mismatchedFields}) for the
 * problem document. Never holds personal data or a secret.
 */
public final class CmsRefusal extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * One violation of an activation rule.
     *
     * @param code   stable code
     * @param field  the request field, or empty
     * @param detail sentence
     */
    public record Violation(String code, String field, String detail) {
    }

    /** Changes that stand even though the operation is refused (a wrong CIP counts as a try). */
    @FunctionalInterface
    public interface Persisted {
        /**
         * Writes the change.
         *
         * @param connection the writer's connection
         * @throws java.sql.SQLException on a database error
         */
        void write(java.sql.Connection connection) throws java.sql.SQLException;
    }

    private transient Persisted persisted = connection -> { };
    private final String code;
    private final int status;
    private final transient Map<String, Object> extensions;

    /**
     * Creates a refusal.
     *
     * @param code       stable problem code
     * @param status     HTTP status
     * @param detail     sentence
     * @param extensions extension members (values: numbers, strings, lists of {@link Violation} or strings)
     */
    public CmsRefusal(String code, int status, String detail, Map<String, Object> extensions) {
        super(detail);
        this.code = Objects.requireNonNull(code, "code");
        this.status = status;
        this.extensions = Map.copyOf(extensions);
    }

    /**
     * Creates a refusal without extensions.
     *
     * @param code   stable problem code
     * @param status HTTP status
     * @param detail sentence
     */
    public CmsRefusal(String code, int status, String detail) {
        this(code, status, detail, Map.of());
    }

    /**
     * Returns the problem code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the extension members.
     *
     * @return the members
     */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /**
     * Attaches a change that must be committed although the operation is refused.
     *
     * @param change the change
     * @return this refusal
     */
    public CmsRefusal persisting(Persisted change) {
        this.persisted = Objects.requireNonNull(change, "change");
        return this;
    }

    /**
     * Returns the change that stands despite the refusal (by default none).
     *
     * @return the change
     */
    public Persisted persisted() {
        return persisted;
    }

    /**
     * Returns the violations, if the refusal carries any.
     *
     * @return the violations
     */
    @SuppressWarnings("unchecked")
    public List<Violation> violations() {
        Object value = extensions.get("violations");
        return value instanceof List<?> list ? (List<Violation>) list : List.of();
    }
}
