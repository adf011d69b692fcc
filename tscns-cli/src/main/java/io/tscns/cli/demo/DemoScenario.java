package io.tscns.cli.demo;

import java.util.List;
import java.util.Objects;

/**
 * The demo's scenario (<i>copione</i>): the thirteen steps of {@code tscns demo}, in order, and a way to make one of
 * them fail on purpose to see how a failure is reported.
 */
public final class DemoScenario {

    private DemoScenario() {}

    /**
     * Returns the thirteen steps.
     *
     * @return the steps, in order
     */
    public static List<DemoStep> steps() {
        return List.of(
                new StartSandboxStep(),
                new IssueCardsStep(),
                new OperatorLoginStep(),
                new OperatorCardLoginStep(),
                new IdentifyHolderStep(),
                new ActivateDirectStep(),
                new ActivateByDelegateStep(),
                new ReadOutboxStep(),
                new RecombinePinStep(),
                new ServiceProviderLoginStep(),
                new RevokeWithCipStep(),
                new RevokedLoginStep(),
                new AuditStep());
    }

    /**
     * Returns the steps with one replaced by a step of the same name that fails at once, as a fault would.
     *
     * @param steps the steps
     * @param name  the name of the step to break
     * @return the steps
     * @throws IllegalArgumentException if no step has that name
     */
    public static List<DemoStep> failingAt(List<DemoStep> steps, String name) {
        Objects.requireNonNull(name, "name");
        if (steps.stream().noneMatch(step -> step.name().equals(name))) {
            throw new IllegalArgumentException("no demo step is named " + name + "; the steps are "
                    + String.join(", ", steps.stream().map(DemoStep::name).toList()));
        }
        return steps.stream()
                .map(step -> step.name().equals(name) ? new FaultyStep(step) : step)
                .toList();
    }

    /** A step that fails at once in place of another. */
    private record FaultyStep(DemoStep replaced) implements DemoStep {

        @Override
        public String name() {
            return replaced.name();
        }

        @Override
        public String title() {
            return replaced.title();
        }

        @Override
        public StepDetails run(DemoContext context) {
            throw new DemoCheckException(
                    "a fault was injected into step " + replaced.name() + " (--fail-at); run without it");
        }
    }
}
