package io.tscns.cli.demo;

/**
 * Follows a demo run as it goes (<i>avanzamento</i>), so that the command can print each step when it starts and
 * ends, and the progress of slow steps. Called on the thread that runs the demo.
 */
public interface DemoListener {

    /** A listener that ignores everything. */
    DemoListener NONE = new DemoListener() {};

    /**
     * A step starts.
     *
     * @param index the position, from 1
     * @param total how many steps there are
     * @param step  the step
     */
    default void started(int index, int total, DemoStep step) {}

    /**
     * A slow step reports progress.
     *
     * @param message what it is doing, a few words
     */
    default void progress(String message) {}

    /**
     * A step ended.
     *
     * @param result its result
     * @param total  how many steps there are
     */
    default void finished(StepResult result, int total) {}
}
