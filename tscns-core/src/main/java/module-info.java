/**
 * The TS-CNS domain model: pure values and rules, no I/O, no dependency beyond {@code java.base}.
 */
module io.tscns.core {
    exports io.tscns.core;
    exports io.tscns.core.audit;
    exports io.tscns.core.person;
    exports io.tscns.core.card;
    exports io.tscns.core.personaldata;
    exports io.tscns.core.lifecycle;
    exports io.tscns.core.activation;
    exports io.tscns.core.consent;
    exports io.tscns.core.secret;
}
