/**
 * The sandbox CMS's request pipeline (not exported): role check, idempotency, savepoint, the operation's handler and
 * audit, written once in {@link io.tscns.cms.sandbox.internal.pipeline.Pipeline}, with the role matrix as data in
 * {@link io.tscns.cms.sandbox.internal.pipeline.RoleMatrix}. Independent of HTTP and of JDBC: the front end passes
 * in authenticated calls and encodes outcomes; the store implements the writer and the idempotency records.
 */
package io.tscns.cms.sandbox.internal.pipeline;
