/**
 * The sandbox CMS's domain (not exported): what an operation is asked ({@link
 * io.tscns.cms.sandbox.internal.domain.Command}), what it answers, why it is refused ({@link
 * io.tscns.cms.sandbox.internal.domain.Refusal}), and the narrow store interfaces, one per aggregate, that the
 * handlers work on. Built on the core domain types; no JDBC, no HTTP.
 */
package io.tscns.cms.sandbox.internal.domain;
