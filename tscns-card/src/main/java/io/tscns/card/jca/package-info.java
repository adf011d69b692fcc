/**
 * The card as a standard Java key (<i>la carta come chiave Java</i>): {@link io.tscns.card.jca.TscnsProvider} with
 * the {@code TSCNS} key store and the card's signatures, and {@link io.tscns.card.jca.CardKeyManager} for TLS
 * client authentication with the card. Facts in {@code docs/card.md §11}.
 */
package io.tscns.card.jca;
