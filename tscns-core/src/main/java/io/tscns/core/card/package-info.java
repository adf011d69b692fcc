/**
 * Identifiers of a TS-CNS card: the chip serial stored in {@code EF.ID_Carta} ({@link io.tscns.core.card.CardId})
 * and the 20-digit card number printed on the card and used by the health system
 * ({@link io.tscns.core.card.TeamNumber}, <i>numero di identificazione della tessera</i>, EHIC field 9).
 *
 * <p>Facts come from {@code docs/card.md §3.1} and {@code §7.1}. The structure of both numbers beyond their length
 * and check digit is known only by inference from public samples and one public script; every accessor that
 * relies on such an inference says so. Bad input fails with {@link io.tscns.core.card.InvalidCardIdentifierException},
 * whose {@link io.tscns.core.card.CardIdentifierProblem} says what was wrong and where.
 */
package io.tscns.core.card;
