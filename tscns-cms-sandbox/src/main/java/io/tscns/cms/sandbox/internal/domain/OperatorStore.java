package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.person.CodiceFiscale;
import java.util.Optional;

/**
 * The operator accounts, written (<i>anagrafica degli operatori</i>): the sandbox seeds them when it starts. Works
 * in the transaction of the thread that calls it; failures are unchecked.
 */
public interface OperatorStore extends OperatorAccounts {

    /**
     * Adds or replaces an account.
     *
     * @param account       the account
     * @param codiceFiscale the operator's codice fiscale, unique among the operators
     * @param fingerprint the SHA-256 of the operator's personal certificate, lower-case hex, if it has one
     * @param token       the personal token, of which a salted digest is kept (the caller wipes it), if any
     */
    void put(
            OperatorAccount account, CodiceFiscale codiceFiscale, Optional<String> fingerprint, Optional<char[]> token);
}
