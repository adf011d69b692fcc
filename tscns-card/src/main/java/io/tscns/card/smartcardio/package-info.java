/**
 * The {@code javax.smartcardio} adapter (<i>adattatore PC/SC</i>): the transport over a connected card with PC/SC
 * failures mapped to typed exceptions.
 */
package io.tscns.card.smartcardio;
