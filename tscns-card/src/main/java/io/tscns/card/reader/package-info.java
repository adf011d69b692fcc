/**
 * Card readers and their monitoring (<i>lettori</i>): listing that tells "no PC/SC service" from "no readers",
 * waiting for a card, and a monitor that reports reader and card events to listeners and recovers what the JDK lets
 * it recover after the PC/SC service comes back.
 */
package io.tscns.card.reader;
