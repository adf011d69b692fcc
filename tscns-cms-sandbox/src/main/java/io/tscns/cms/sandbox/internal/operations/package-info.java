/**
 * The sandbox CMS's operations (not exported): one handler per operation, each with the rules of its section of the
 * Toscana manual v2.0 and DM 20 giugno 2011 Allegato 2, enforced with the core domain over the narrow store
 * interfaces of {@code internal.domain}. The pipeline runs them; they hold no role, idempotency, transaction or
 * audit code. {@link io.tscns.cms.sandbox.internal.operations.Operations} wires them.
 */
package io.tscns.cms.sandbox.internal.operations;
