/**
 * Simulated card readers for {@code javax.smartcardio} (<i>lettori simulati</i>): a
 * {@link java.security.Provider} with a {@code TerminalFactorySpi} over {@link io.tscns.simcard.smartcardio.SimulatedReaders},
 * so unchanged smartcardio code lists readers, waits for cards, connects and transmits against simulated TS-CNS cards
 * that a test inserts and removes. Behaves like the JDK's own PC/SC provider where code can tell.
 */
package io.tscns.simcard.smartcardio;
