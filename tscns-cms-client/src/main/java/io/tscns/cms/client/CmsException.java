package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProblemDocument;
import io.tscns.cms.protocol.Violation;
import io.tscns.core.TscnsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CMS call failed. The sealed subclasses group the protocol's {@link ProblemCode}s by what a caller does about
 * them:
 * <ul>
 *   <li>{@link CmsBadRequestException}: the request was wrong (a bug in the caller or the client);</li>
 *   <li>{@link CmsAuthenticationException}: credentials unknown, expired or disabled;</li>
 *   <li>{@link CmsForbiddenException}: the operator's role or counter may not do this;</li>
 *   <li>{@link CmsNotFoundException}: no such card or person;</li>
 *   <li>{@link CmsRuleException}: a CMS rule refused the operation (identity mismatch, illegal transition, activation
 *       or consent rules), with the {@link #violations()};</li>
 *   <li>{@link CmsCipException}: a wrong or blocked CIP;</li>
 *   <li>{@link CmsConflictException}: a concurrent change won;</li>
 *   <li>{@link CmsUnavailableException}: the service could not answer, after the retries the policy allows;</li>
 *   <li>{@link CmsResponseException}: the answer could not be understood;</li>
 *   <li>{@link CmsCredentialException}: the operator's own key (a card) could not sign the TLS handshake;</li>
 *   <li>{@link CmsIdentificationException}: an activation, reprint or consents request without a valid
 *       identification of the card: identify it again.</li>
 * </ul>
 * {@link #problems()} gives the code and the violations, each with a stable code. The message holds the server's
 * {@code detail} (which the protocol forbids to hold a secret) and the request id, never a request or response
 * body.
 *
 * @since 0.1.0
 */
public abstract sealed class CmsException extends TscnsException
        permits CmsBadRequestException,
                CmsAuthenticationException,
                CmsForbiddenException,
                CmsNotFoundException,
                CmsRuleException,
                CmsCipException,
                CmsConflictException,
                CmsUnavailableException,
                CmsResponseException,
                CmsCredentialException,
                CmsIdentificationException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemDocument document;
    private final String code;
    private final int status;
    private final String requestId;

    CmsException(String code, int status, ProblemDocument document, String requestId, String message, Throwable cause) {
        super(
                code + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + message + " [request " + requestId + "]",
                cause);
        this.code = code;
        this.status = status;
        this.document = document;
        this.requestId = requestId;
    }

    CmsException(ProblemDocument document, String requestId) {
        this(
                document.code(),
                document.status(),
                document,
                requestId,
                document.detail().orElse(document.title()),
                null);
    }

    /**
     * Returns the stable code: a {@link ProblemCode}'s code, a newer server's code, or a client-side code
     * ({@code malformed-response}, {@code retries-exhausted}, {@code transport-failure}).
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the code as a constant of this protocol version.
     *
     * @return the constant, or empty for client-side and unknown codes
     */
    public Optional<ProblemCode> problemCode() {
        return ProblemCode.byCode(code);
    }

    /**
     * Returns the HTTP status of the answer.
     *
     * @return the status, or 0 if no answer was received
     */
    public int status() {
        return status;
    }

    /**
     * Returns the problem document the server sent.
     *
     * @return the document, or empty if none was received (or after Java deserialization)
     */
    public Optional<ProblemDocument> problemDocument() {
        return Optional.ofNullable(document);
    }

    /**
     * Returns the request id of the failed call, to quote to the CMS operators.
     *
     * @return the id
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Returns the violations listed by the server.
     *
     * @return the violations, possibly none
     */
    public List<Violation> violations() {
        return document == null ? List.of() : document.violations();
    }

    @Override
    public List<CmsProblem> problems() {
        List<CmsProblem> problems = new ArrayList<>();
        problems.add(new CmsProblem(
                code, document == null ? getMessage() : document.detail().orElse(document.title())));
        for (Violation v : violations()) {
            problems.add(new CmsProblem(v.code(), v.detail()));
        }
        return List.copyOf(problems);
    }
}
