package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Violation;
import io.tscns.core.TscnsException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the sandbox's HTTP front refuses (<i>richiesta rifiutata</i>), as its problem document will say: a stable
 * protocol {@link ProblemCode} (which gives the HTTP status), a detail sentence and the typed extension members of
 * the problem document ({@code triesLeft}, {@code violations}). Thrown for what the front checks itself (routes,
 * media types, bodies, credentials) and made from an operation's domain refusal by {@link Refusals}. Never holds
 * personal data or a secret.
 */
public final class CmsRefusal extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final ProblemCode problem;
    private final Integer triesLeft;
    private final transient List<Violation> violations;
    private final transient Map<String, String> headers;

    private CmsRefusal(
            ProblemCode problem,
            String detail,
            Integer triesLeft,
            List<Violation> violations,
            Map<String, String> headers) {
        super(detail);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.triesLeft = triesLeft;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    /**
     * Creates a refusal without extensions.
     *
     * @param problem the problem code
     * @param detail  sentence for a person; never a secret
     */
    public CmsRefusal(ProblemCode problem, String detail) {
        this(problem, detail, null, List.of(), Map.of());
    }

    /**
     * Creates a refusal that tells how many CIP attempts are left.
     *
     * @param problem   {@code wrong-cip} or {@code cip-blocked}
     * @param detail    sentence
     * @param triesLeft attempts left
     * @return the refusal
     */
    public static CmsRefusal withTriesLeft(ProblemCode problem, String detail, int triesLeft) {
        return new CmsRefusal(problem, detail, triesLeft, List.of(), Map.of());
    }

    /**
     * Creates a refusal listing the rules broken.
     *
     * @param problem    the problem code
     * @param detail     sentence
     * @param violations the rules broken
     * @return the refusal
     */
    public static CmsRefusal withViolations(ProblemCode problem, String detail, List<Violation> violations) {
        return new CmsRefusal(problem, detail, null, violations, Map.of());
    }

    /**
     * Creates a {@code method-not-allowed} refusal naming the methods the resource allows ({@code Allow}, RFC 9110
     * §15.5.6).
     *
     * @param method  the method refused
     * @param allowed the methods allowed, e.g. {@code GET, HEAD}
     * @return the refusal
     */
    public static CmsRefusal methodNotAllowed(String method, String allowed) {
        return new CmsRefusal(
                ProblemCode.METHOD_NOT_ALLOWED,
                "method " + method + " is not allowed here; use " + allowed,
                null,
                List.of(),
                Map.of("Allow", allowed));
    }

    /**
     * Creates a {@code too-many-requests} refusal saying when to try again ({@code Retry-After}, RFC 9110 §10.2.3).
     *
     * @param detail  sentence
     * @param seconds seconds to wait, at least 1
     * @return the refusal
     */
    public static CmsRefusal tooManyRequests(String detail, long seconds) {
        return new CmsRefusal(
                ProblemCode.TOO_MANY_REQUESTS,
                detail,
                null,
                List.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, seconds))));
    }

    /**
     * Returns the HTTP headers the answer carries besides the protocol's ({@code Allow}, {@code Retry-After}).
     *
     * @return the headers, by name
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Returns the problem code.
     *
     * @return the code
     */
    public ProblemCode problem() {
        return problem;
    }

    /**
     * Returns the stable kebab-case code, as the audit chain records it.
     *
     * @return the code
     */
    public String code() {
        return problem.code();
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
        return problem.status();
    }

    /**
     * Returns the CIP attempts left, for {@code wrong-cip} and {@code cip-blocked}.
     *
     * @return the attempts left, or empty
     */
    public Optional<Integer> triesLeft() {
        return Optional.ofNullable(triesLeft);
    }

    /**
     * Returns the violations, if the refusal carries any.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return violations;
    }
}
