package io.tscns.cms.sandbox;

import io.tscns.testpki.TestCredential;
import java.util.Objects;

/**
 * A sandbox operator's personal credentials, for tests (<i>credenziali personali</i>): the client certificate and key
 * for mutual TLS, and the personal token for {@code POST /cms/v1/sessions}.
 *
 * @since 0.1.0
 */
public final class SandboxOperator {

    private final OperatorSeed account;
    private final TestCredential credential;
    private final char[] token;

    SandboxOperator(OperatorSeed account, TestCredential credential, char[] token) {
        this.account = Objects.requireNonNull(account, "account");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.token = token.clone();
    }

    /**
     * Returns the account.
     *
     * @return the seed the account was made from
     */
    public OperatorSeed account() {
        return account;
    }

    /**
     * Returns the operator id.
     *
     * @return the id
     */
    public String operatorId() {
        return account.operatorId();
    }

    /**
     * Returns the operator's personal certificate and key.
     *
     * @return the credential
     */
    public TestCredential credential() {
        return credential;
    }

    /**
     * Returns a copy of the personal token; the caller wipes it.
     *
     * @return the token
     */
    public char[] token() {
        return token.clone();
    }

    @Override
    public String toString() {
        return "SandboxOperator[" + account.operatorId() + ", " + account.role() + "]";
    }
}
