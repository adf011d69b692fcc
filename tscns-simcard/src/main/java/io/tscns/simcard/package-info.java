/**
 * The simulated TS-CNS card (<i>tessera simulata</i>): {@link io.tscns.simcard.SimulatedCard}, the engine that
 * answers command APDUs the way OpenSC 0.23 expects a real card to ({@code docs/card.md §1–§5}); its personalisation
 * ({@link io.tscns.simcard.SimulatedCardBuilder}) and the three chip families it plays
 * ({@link io.tscns.simcard.SimulatedProfile}); fault injection ({@link io.tscns.simcard.Fault}); the card
 * factory that issues a consistent card for a holder ({@link io.tscns.simcard.CardFactory}); and
 * {@link io.tscns.simcard.CommandBytes}, for tests that talk to the card in bytes.
 *
 * <p>The other access paths are in {@code io.tscns.simcard.smartcardio} (simulated {@code javax.smartcardio}
 * readers) and {@code io.tscns.simcard.vpcd} (the real pcscd through vsmartcard's vpcd).
 */
package io.tscns.simcard;
