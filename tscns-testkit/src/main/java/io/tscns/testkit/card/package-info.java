/**
 * The simulated TS-CNS card (<i>tessera simulata</i>): {@link io.tscns.testkit.card.SimulatedCard}, the engine that
 * answers command APDUs the way OpenSC 0.23 expects a real card to ({@code cns-card.md §1–§5}); its personalisation
 * ({@link io.tscns.testkit.card.SimulatedCardBuilder}) and the three chip families it plays
 * ({@link io.tscns.testkit.card.SimulatedProfile}); fault injection ({@link io.tscns.testkit.card.Fault}); the card
 * factory that issues a consistent card for a holder ({@link io.tscns.testkit.card.CardFactory}); and the in-process
 * access path ({@link io.tscns.testkit.card.SimulatedCardTransport}).
 *
 * <p>The other access paths are in {@code io.tscns.testkit.smartcardio} (simulated {@code javax.smartcardio}
 * readers) and {@code io.tscns.testkit.vpcd} (the real pcscd through vsmartcard's vpcd).
 */
package io.tscns.testkit.card;
