/**
 * Implementation details of the card facade, not exported: the session a {@link io.tscns.card.CnsCard} runs on.
 */
package io.tscns.card.internal;
