package io.tscns.cli.demo;

/** How a demo step ended (<i>esito del passo</i>). */
public enum StepOutcome {
    /** The step did what it shows, with the expected outcome. */
    OK,
    /** The step failed or saw another outcome; the demo stopped there. */
    FAILED,
    /** The step did not run because an earlier one failed. */
    NOT_RUN
}
