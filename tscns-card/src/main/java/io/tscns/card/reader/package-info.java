/**
 * Card readers and their monitoring (<i>lettori</i>): listing that tells "no PC/SC service" from "no readers",
 * waiting for a card, and a monitor that reports reader and card events to listeners and recovers what the JDK lets
 * it recover after the PC/SC service comes back. Open the card in a reader with
 * {@link io.tscns.card.smartcardio.PcscCards}.
 *
 * <p>The readers are PC/SC readers, seen through {@code javax.smartcardio}: like
 * {@link io.tscns.card.smartcardio}, this package needs the module {@code java.smartcardio} at run time, which
 * {@code io.tscns.card} requires {@code static}.
 */
package io.tscns.card.reader;
