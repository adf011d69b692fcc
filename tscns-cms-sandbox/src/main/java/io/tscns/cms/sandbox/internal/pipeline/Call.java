package io.tscns.cms.sandbox.internal.pipeline;

import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.Operator;
import java.util.Objects;

/**
 * One request for an operation, authenticated (<i>chiamata</i>): who, which operation, the request id the audit entry
 * carries, and what is asked.
 *
 * @param operator  who, authenticated
 * @param operation which operation (the role matrix is checked against it)
 * @param requestId the request id
 * @param command   what is asked
 * @param <C>       the command type
 */
public record Call<C extends Command>(Operator operator, Operation operation, String requestId, C command) {

    /**
     * Checks the components.
     */
    public Call {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(command, "command");
    }
}
