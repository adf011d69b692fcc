/**
 * jqwik arbitraries for TS-CNS data: card holders, codici fiscali, card identifiers, issued simulated cards, command
 * APDUs and card faults.
 */
module io.tscns.test.jqwik {
    requires transitive io.tscns.core;
    requires transitive io.tscns.simcard;
    requires transitive net.jqwik.api;

    exports io.tscns.test.jqwik;
}
