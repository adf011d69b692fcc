package io.tscns.cms.sandbox.internal.pipeline;

import io.tscns.cms.sandbox.internal.domain.Refusal;
import java.util.Objects;

/**
 * How an operation ended (<i>esito</i>), once committed and audited.
 *
 * @param <R> the result type
 */
public sealed interface Outcome<R> {

    /**
     * The operation succeeded.
     *
     * @param result its result
     * @param <R>    the result type
     */
    record Done<R>(R result) implements Outcome<R> {
        /** Checks the component. */
        public Done {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * The operation was refused; nothing it did stands but its standing change.
     *
     * @param refusal why
     * @param <R>     the result type it would have had
     */
    record Refused<R>(Refusal refusal) implements Outcome<R> {
        /** Checks the component. */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
