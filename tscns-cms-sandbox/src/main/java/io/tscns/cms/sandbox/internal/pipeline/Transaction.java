package io.tscns.cms.sandbox.internal.pipeline;

import io.tscns.core.audit.AuditRecord;
import java.util.function.Supplier;

/**
 * The single writer's transaction as the pipeline sees it (<i>transazione</i>): savepoints, the audit chain, and
 * effects outside the database that wait for the commit. Used by the writer's thread only.
 */
public interface Transaction {

    /**
     * Runs work under a savepoint: if it throws, everything it wrote (audit entries and after-commit effects
     * included) is undone and the exception is rethrown; the rest of the transaction stands.
     *
     * @param work the work
     * @param <T>  its result type
     * @return its result
     */
    <T> T savepoint(Supplier<T> work);

    /**
     * Appends a record to the audit chain, sealed against the head this transaction has reached.
     *
     * @param record the record
     */
    void audit(AuditRecord record);

    /**
     * Registers an effect to run once the transaction is committed, before its callers are answered; never if it is
     * rolled back.
     *
     * @param effect the effect
     */
    void afterCommit(Runnable effect);
}
