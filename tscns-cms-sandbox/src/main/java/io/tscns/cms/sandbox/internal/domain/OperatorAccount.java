package io.tscns.cms.sandbox.internal.domain;

import java.util.Objects;

/**
 * An operator's account (<i>utenza dell'operatore</i>): the operator as operations see it, and whether the account
 * may log in (DM 20 giugno 2011 Allegato 2: personal credentials, never shared).
 *
 * @param operator the operator
 * @param enabled  whether the account may log in
 */
public record OperatorAccount(Operator operator, boolean enabled) {

    /**
     * Checks the component.
     */
    public OperatorAccount {
        Objects.requireNonNull(operator, "operator");
    }
}
