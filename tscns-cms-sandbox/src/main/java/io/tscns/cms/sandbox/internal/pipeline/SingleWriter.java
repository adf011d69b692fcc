package io.tscns.cms.sandbox.internal.pipeline;

import java.util.function.Function;

/**
 * The one writer of the sandbox's state (<i>scrittore unico</i>): runs work from any thread, one at a time, each in a
 * transaction that commits, durably, before the caller gets the result; waiting work commits together (group
 * commit). Thread-safe.
 */
public interface SingleWriter {

    /**
     * Runs work in a transaction and waits until it is committed.
     *
     * @param work the work
     * @param <T>  its result type
     * @return its result, once committed
     */
    <T> T write(Function<Transaction, T> work);
}
