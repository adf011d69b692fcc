package io.tscns.cli.demo;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a demo run (<i>esito della dimostrazione</i>): every step in order, those after a failure
 * {@link StepOutcome#NOT_RUN}. Immutable.
 *
 * @param steps    the steps
 * @param duration the whole run
 * @param failure  what made the failed step fail, if one did
 */
public record DemoResult(List<StepResult> steps, Duration duration, Optional<Throwable> failure) {

    /**
     * Checks and copies the components.
     */
    public DemoResult {
        steps = List.copyOf(steps);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * Tells whether every step ended {@link StepOutcome#OK}.
     *
     * @return whether the demo succeeded
     */
    public boolean succeeded() {
        return steps.stream().allMatch(step -> step.outcome() == StepOutcome.OK);
    }

    /**
     * Returns the step that failed, if one did.
     *
     * @return the failed step
     */
    public Optional<StepResult> failedStep() {
        return steps.stream()
                .filter(step -> step.outcome() == StepOutcome.FAILED)
                .findFirst();
    }
}
