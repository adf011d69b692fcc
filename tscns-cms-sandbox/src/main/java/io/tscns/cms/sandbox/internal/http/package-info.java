/**
 * The sandbox CMS's HTTPS front (not exported): routing, authentication, idempotency, faults and problem documents.
 */
package io.tscns.cms.sandbox.internal.http;
