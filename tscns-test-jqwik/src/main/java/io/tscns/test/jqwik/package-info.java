/**
 * jqwik generators for TS-CNS test data ({@link io.tscns.test.jqwik.TscnsArbitraries}): holders, codici
 * fiscali, card ids, whole simulated cards, command APDUs, CNS commands and card faults.
 */
package io.tscns.test.jqwik;
