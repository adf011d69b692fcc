/**
 * Implementation details of the {@code javax.smartcardio} adapter, not exported: the PC/SC session the card
 * facade runs on (T=1 first, exclusive access per operation, disconnect and reset on close) and the mapping of PC/SC
 * failures to typed exceptions, which reader monitoring uses too. Needs {@code java.smartcardio}.
 */
package io.tscns.card.smartcardio.internal;
