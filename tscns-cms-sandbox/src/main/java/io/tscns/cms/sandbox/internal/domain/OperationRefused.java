package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.TscnsException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by a handler that refuses its operation (<i>operazione rifiutata</i>): {@link #refusal()} says why. The
 * pipeline undoes whatever the handler changed, then applies the {@link #standing() standing change} if there is
 * one (a wrong CIP still counts as a try), and records the refusal in the audit chain. The message is the refusal's
 * sentence: never personal data or a secret.
 */
public final class OperationRefused extends TscnsException {

    private static final long serialVersionUID = 1L;

    /** A change that stands although the operation is refused. */
    @FunctionalInterface
    public interface StandingChange {
        /** Writes the change. */
        void apply();
    }

    private final transient StandingChange standing;

    /**
     * Creates the exception.
     *
     * @param refusal why
     */
    public OperationRefused(Refusal refusal) {
        this(refusal, () -> {});
    }

    private OperationRefused(Refusal refusal, StandingChange standing) {
        super(Objects.requireNonNull(refusal, "refusal"));
        this.standing = Objects.requireNonNull(standing, "standing");
    }

    /**
     * Returns the same refusal with a change that stands although the operation is refused.
     *
     * @param change the change
     * @return the new exception
     */
    public OperationRefused keeping(StandingChange change) {
        return new OperationRefused(refusal(), change);
    }

    /**
     * Returns why the operation is refused.
     *
     * @return the refusal
     */
    public Refusal refusal() {
        return problem(Refusal.class);
    }

    /**
     * Returns the change that stands despite the refusal (by default none).
     *
     * @return the change
     */
    public StandingChange standing() {
        return standing;
    }

    @Override
    public List<Refusal> problems() {
        return problems(Refusal.class);
    }
}
