package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Violation;
import io.tscns.core.TscnsException;
import java.util.List;
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

    private CmsRefusal(ProblemCode problem, String detail, Integer triesLeft, List<Violation> violations) {
        super(detail);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.triesLeft = triesLeft;
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates a refusal without extensions.
     *
     * @param problem the problem code
     * @param detail  sentence for a person; never a secret
     */
    public CmsRefusal(ProblemCode problem, String detail) {
        this(problem, detail, null, List.of());
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
        return new CmsRefusal(problem, detail, triesLeft, List.of());
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
        return new CmsRefusal(problem, detail, null, violations);
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
