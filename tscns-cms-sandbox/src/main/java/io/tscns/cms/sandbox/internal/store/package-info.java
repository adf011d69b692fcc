/**
 * The sandbox CMS's durable store (not exported): an embedded HSQLDB database over plain JDBC with versioned
 * migrations, a single writer with group commit, secret codes and outbox payloads sealed with AES-GCM, and the core
 * audit chain persisted entry by entry.
 */
package io.tscns.cms.sandbox.internal.store;
