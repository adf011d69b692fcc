package io.tscns.cli.demo;

import io.tscns.cli.internal.Failures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the demo steps in order on one {@link DemoContext} (<i>esecutore della dimostrazione</i>), timing each, and
 * stops at the first that fails: the rest are reported {@link StepOutcome#NOT_RUN}. The failed step's error is the
 * one line the command line would print for the exception (never a secret). Stateless and thread-safe.
 */
public final class DemoRunner {

    private final List<DemoStep> steps;

    /**
     * Creates a runner.
     *
     * @param steps the steps, in order
     */
    public DemoRunner(List<DemoStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * Returns the steps.
     *
     * @return the steps, in order
     */
    public List<DemoStep> steps() {
        return steps;
    }

    /**
     * Runs the steps.
     *
     * @param context  the run's context; the caller closes it
     * @param listener follows the run
     * @return every step's result
     */
    public DemoResult run(DemoContext context, DemoListener listener) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        List<StepResult> results = new ArrayList<>();
        Optional<Throwable> failure = Optional.empty();
        int total = steps.size();
        for (int i = 0; i < total; i++) {
            DemoStep step = steps.get(i);
            int index = i + 1;
            if (failure.isPresent()) {
                results.add(new StepResult(
                        index,
                        step.name(),
                        step.title(),
                        StepOutcome.NOT_RUN,
                        StepDetails.summary("").build(),
                        Duration.ZERO,
                        Optional.empty()));
                continue;
            }
            listener.started(index, total, step);
            long stepStart = System.nanoTime();
            StepResult result;
            try {
                StepDetails details = step.run(context);
                result = new StepResult(
                        index, step.name(), step.title(), StepOutcome.OK, details, since(stepStart), Optional.empty());
            } catch (Exception | AssertionError | LinkageError e) {
                failure = Optional.of(e);
                result = new StepResult(
                        index,
                        step.name(),
                        step.title(),
                        StepOutcome.FAILED,
                        StepDetails.summary("").build(),
                        since(stepStart),
                        Optional.of(Failures.classify(e).getMessage()));
            }
            results.add(result);
            listener.finished(result, total);
        }
        return new DemoResult(results, since(start), failure);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
