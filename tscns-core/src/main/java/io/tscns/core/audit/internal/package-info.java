/**
 * Implementation of the audit export's text format: percent-encoding of free text, strict UTF-8, bounded line
 * reading and the rendering and reading of lines. Not exported; the format itself is described in
 * {@code io.tscns.core.audit.AuditExport}.
 */
package io.tscns.core.audit.internal;
