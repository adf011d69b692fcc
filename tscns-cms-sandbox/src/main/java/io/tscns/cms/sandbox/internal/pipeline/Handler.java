package io.tscns.cms.sandbox.internal.pipeline;

import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.OperationRefused;

/**
 * One operation's own rules (<i>gestore dell'operazione</i>): reads and changes the stores it was given, and answers
 * with a domain result or refuses with {@link OperationRefused}. The {@link Pipeline} runs it after the role check
 * and the idempotency check, under a savepoint of the single writer's transaction, and audits its outcome: a handler
 * holds no role, idempotency, transaction or audit code.
 *
 * @param <C> what it is asked
 * @param <R> what it answers
 */
@FunctionalInterface
public interface Handler<C extends Command, R> {

    /**
     * Runs the operation.
     *
     * @param command what is asked
     * @param context who asks, when, and the effects that wait for the commit
     * @return the result
     * @throws OperationRefused if the operation is refused
     */
    R handle(C command, OperationContext context);
}
