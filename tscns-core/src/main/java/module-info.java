/**
 * The TS-CNS domain model: pure values and rules, no I/O, no dependency beyond {@code java.base}.
 */
module io.tscns.core {
    exports io.tscns.core;
    exports io.tscns.core.audit;
    exports io.tscns.core.person;
}
