package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.sandbox.SandboxFaults;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The faults the sandbox injects into state-changing requests (<i>guasti simulati</i>), drawn from a seeded random
 * source per {@link SandboxFaults}: an error before the commit, and after it an error, a dropped connection or an
 * answer held past the client's timeout. Thread-safe.
 */
final class Faults {

    /** Thrown to drop the connection without an answer, the operation committed. */
    static final class Dropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Dropped() {
            super("fault injected", null, false, false);
        }
    }

    private final SandboxFaults plan;
    private final Random draw;
    /** The fault kinds in a fixed order, so a seed draws the same faults ({@link SandboxFaults#kinds()} is a set). */
    private final List<SandboxFaults.Kind> kinds;

    Faults(SandboxFaults plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.draw = new Random(plan.seed());
        this.kinds = plan.kinds().stream().sorted().toList();
    }

    /**
     * Draws the fault of a state-changing request, and injects it if it strikes before the commit.
     *
     * @param path the request path
     * @return the fault to inject after the commit, or empty
     * @throws CmsRefusal {@code service-unavailable} for an error before the commit
     */
    Optional<SandboxFaults.Kind> beforeCommit(String path) {
        Optional<SandboxFaults.Kind> fault = drawn(path);
        if (fault.isPresent() && fault.get() == SandboxFaults.Kind.ERROR_BEFORE_COMMIT) {
            throw new CmsRefusal(ProblemCode.SERVICE_UNAVAILABLE, "injected fault before commit");
        }
        return fault;
    }

    /**
     * Injects a fault drawn for after the commit.
     *
     * @param fault  the fault, if any
     * @param answer the committed answer
     * @return the answer to send
     * @throws CmsRefusal {@code service-unavailable} for an error after the commit
     * @throws Dropped    to drop the connection
     */
    Answer afterCommit(Optional<SandboxFaults.Kind> fault, Answer answer) {
        if (fault.isEmpty()) {
            return answer;
        }
        switch (fault.get()) {
            case ERROR_AFTER_COMMIT ->
                throw new CmsRefusal(ProblemCode.SERVICE_UNAVAILABLE, "injected fault after commit");
            case DROP_AFTER_COMMIT -> throw new Dropped();
            case TIMEOUT -> {
                try {
                    Thread.sleep(plan.timeout().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return answer;
            }
            default -> {
                return answer;
            }
        }
    }

    private Optional<SandboxFaults.Kind> drawn(String path) {
        if (plan.rate() == 0 || kinds.isEmpty() || !path.contains(plan.pathContains())) {
            return Optional.empty();
        }
        synchronized (draw) {
            if (draw.nextDouble() >= plan.rate()) {
                return Optional.empty();
            }
            return Optional.of(kinds.get(draw.nextInt(kinds.size())));
        }
    }
}
