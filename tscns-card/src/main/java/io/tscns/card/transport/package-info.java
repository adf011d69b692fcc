/**
 * The transport seam ({@link io.tscns.card.transport.CardTransport}: bytes in, bytes out) and the decorators and
 * adapters built on it.
 */
package io.tscns.card.transport;
