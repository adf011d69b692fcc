/**
 * Implementation details of the transport layer, not exported: the text of APDUs for traces and script failures,
 * redacted by construction.
 */
package io.tscns.card.transport.internal;
