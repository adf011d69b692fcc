package io.tscns.cli.demo;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one demo step (<i>risultato del passo</i>). Immutable.
 *
 * @param index    the position, from 1
 * @param name     the step's {@link DemoStep#name() name}
 * @param title    the step's {@link DemoStep#title() title}
 * @param outcome  how it ended
 * @param details  what it saw (empty unless {@link StepOutcome#OK})
 * @param duration how long it took
 * @param error    for a failed step, the one-line reason (never a secret)
 */
public record StepResult(
        int index,
        String name,
        String title,
        StepOutcome outcome,
        StepDetails details,
        Duration duration,
        Optional<String> error) {

    /**
     * Checks the components.
     */
    public StepResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(error, "error");
    }
}
