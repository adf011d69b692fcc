/**
 * The sandbox CMS's durable store (not exported): the HSQLDB implementations of the domain's store interfaces
 * ({@link io.tscns.cms.sandbox.internal.store.SandboxStores}), over plain JDBC with versioned migrations; the single
 * writer with group commit that is the pipeline's transaction ({@link io.tscns.cms.sandbox.internal.store.WriteQueue});
 * secret codes, outbox payloads and kept answers sealed with AES-GCM; and the core audit chain persisted entry by
 * entry.
 */
package io.tscns.cms.sandbox.internal.store;
