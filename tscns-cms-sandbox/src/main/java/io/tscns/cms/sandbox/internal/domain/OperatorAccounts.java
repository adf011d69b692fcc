package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.person.CodiceFiscale;
import java.util.Optional;

/**
 * The operator accounts, as authentication reads them (<i>anagrafica degli operatori</i>): by id, by the fingerprint
 * of the operator's personal certificate, by the operator's codice fiscale (login with the operator's own card), or
 * by id and personal token. Failures are unchecked.
 */
public interface OperatorAccounts {

    /**
     * Finds an account by operator id.
     *
     * @param operatorId the id
     * @return the account, or empty
     */
    Optional<OperatorAccount> find(String operatorId);

    /**
     * Finds the account of a personal certificate.
     *
     * @param fingerprint the SHA-256 of the DER certificate, lower-case hex
     * @return the account, or empty
     */
    Optional<OperatorAccount> byCertificate(String fingerprint);

    /**
     * Finds the account of the operator with a codice fiscale: the holder of the card an operator logs in with.
     *
     * @param codiceFiscale the codice fiscale, as the card's certificate spells it
     * @return the account, or empty
     */
    Optional<OperatorAccount> byCodiceFiscale(CodiceFiscale codiceFiscale);

    /**
     * Finds an account whose personal token is the one given, compared in constant time.
     *
     * @param operatorId the id
     * @param token      the token given (not wiped here)
     * @return the account, or empty if there is none or the token differs
     */
    Optional<OperatorAccount> withToken(String operatorId, char[] token);
}
