package io.tscns.cli.demo;

/**
 * One step of the demo (<i>passo della dimostrazione</i>): it does one thing with the {@link DemoContext} the earlier
 * steps filled, checks that the outcome is the expected one, and reports what it saw. A step that finds another
 * outcome throws; the runner stops there.
 */
public interface DemoStep {

    /**
     * Returns the step's stable name, lower-case kebab-case, as in the JSON output and {@code --fail-at}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns what the step does, for people: a short phrase.
     *
     * @return the title
     */
    String title();

    /**
     * Runs the step.
     *
     * @param context what the earlier steps produced; the step adds what later ones need
     * @return what the step saw; never a secret
     * @throws Exception if the step fails, or its outcome is not the expected one
     */
    StepDetails run(DemoContext context) throws Exception;
}
