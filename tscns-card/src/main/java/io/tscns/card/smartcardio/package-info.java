/**
 * The {@code javax.smartcardio} adapter (<i>adattatore PC/SC</i>): {@link io.tscns.card.smartcardio.PcscCards}
 * opens the card in a PC/SC reader as a {@link io.tscns.card.CnsCard}, over
 * {@link io.tscns.card.smartcardio.SmartcardioTransport}, the transport over a connected card with PC/SC failures
 * mapped to typed exceptions.
 *
 * <p>This package, with {@link io.tscns.card.reader}, is the only one that needs the module {@code java.smartcardio},
 * which {@code io.tscns.card} requires {@code static}: an application that uses it needs {@code java.smartcardio}
 * at run time, which every JDK has and an image made with {@code jlink} must add.
 */
package io.tscns.card.smartcardio;
