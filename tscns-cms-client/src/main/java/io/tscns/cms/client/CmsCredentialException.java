package io.tscns.cms.client;

import io.tscns.core.TscnsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The operator's own credential failed before the CMS could be asked anything (<i>credenziale dell'operatore non
 * utilizzabile</i>): the key of {@link OperatorCredentials#keyManager} could not sign the TLS handshake — a card's
 * PIN wrong, blocked or not entered, a card removed. {@link #credentialFailure()} is the credential's own typed
 * exception (for the card, tscns-card's {@code PinEntryException} with the tries left, or a card error), and
 * {@link #problems()} lists {@code credential-failure} followed by its problems. Never retried: a retry would spend
 * another PIN try. The message never holds a PIN.
 *
 * @since 0.1.0
 */
public final class CmsCredentialException extends CmsException {

    private static final long serialVersionUID = 1L;

    /** The code of this failure, a client-side code. */
    public static final String CODE = "credential-failure";

    private final TscnsException failure;

    CmsCredentialException(String requestId, TscnsException failure) {
        super(
                CODE,
                0,
                null,
                requestId,
                "the operator's credential could not sign the TLS handshake: "
                        + Objects.requireNonNull(failure, "failure").getMessage(),
                failure);
        this.failure = failure;
    }

    /**
     * Returns the credential's own failure.
     *
     * @return the typed exception the key raised, e.g. a PIN not verified
     */
    public TscnsException credentialFailure() {
        return failure;
    }

    @Override
    public List<CmsProblem> problems() {
        List<CmsProblem> problems = new ArrayList<>(super.problems());
        failure.problems().forEach(problem -> problems.add(new CmsProblem(problem.code(), problem.describe())));
        return List.copyOf(problems);
    }
}
