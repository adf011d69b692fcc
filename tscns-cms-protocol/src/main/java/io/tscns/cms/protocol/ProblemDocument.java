package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): every error of the protocol. Members the
 * protocol does not define are ignored on reading, as RFC 9457 §3.2 asks of consumers. Never holds a stack trace
 * or a secret.
 *
 * @param type       {@code https://tscns.io/problems/<code>}
 * @param title      the short title of the code
 * @param status     the HTTP status
 * @param detail     the explanation of this occurrence
 * @param instance   the request path
 * @param code       the stable code (a {@link ProblemCode} of this version, or a newer one)
 * @param requestId  the request id
 * @param triesLeft  CIP attempts left ({@code wrong-cip})
 * @param violations the broken rules ({@code activation-rejected}, {@code consent-rejected}, ...)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProblemDocument(
        String type,
        String title,
        int status,
        Optional<String> detail,
        Optional<String> instance,
        String code,
        Optional<String> requestId,
        Optional<Integer> triesLeft,
        List<Violation> violations) {

    /** Checks the components. */
    public ProblemDocument {
        text("type", type, 256);
        text("title", title, 256);
        if (status < 400 || status > 599) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("status"));
        }
        WireText.optionalText("detail", required("detail", detail), 2_000);
        WireText.optionalText("instance", required("instance", instance), 2_000);
        text("code", code, 64);
        WireText.optionalText("requestId", required("requestId", requestId), 128);
        required("triesLeft", triesLeft);
        violations = WireText.list("violations", violations, 100);
    }

    /**
     * Returns a problem document for a code.
     *
     * @param code      the code
     * @param detail    the explanation; never a secret
     * @param instance  the request path
     * @param requestId the request id
     * @return the document, without extension members
     */
    public static ProblemDocument of(ProblemCode code, String detail, String instance, String requestId) {
        return new ProblemDocument(
                code.type().toString(),
                code.title(),
                code.status(),
                Optional.of(detail),
                Optional.of(instance),
                code.code(),
                Optional.of(requestId),
                Optional.empty(),
                List.of());
    }

    /**
     * Returns this document with violations.
     *
     * @param list the violations
     * @return a copy
     */
    public ProblemDocument withViolations(List<Violation> list) {
        return new ProblemDocument(type, title, status, detail, instance, code, requestId, triesLeft, list);
    }

    /**
     * Returns this document with the CIP attempts left.
     *
     * @param tries the attempts left
     * @return a copy
     */
    public ProblemDocument withTriesLeft(int tries) {
        return new ProblemDocument(
                type, title, status, detail, instance, code, requestId, Optional.of(tries), violations);
    }

    /**
     * Returns the code as a constant of this version.
     *
     * @return the constant, or empty for a code this client does not know
     */
    public Optional<ProblemCode> problemCode() {
        return ProblemCode.byCode(code);
    }
}
