/**
 * A simulated TS-CNS card: it answers command APDUs as a real card does, on its own file system, PIN counters and
 * on-chip key, with card profiles and injected faults; a card factory that issues consistent cards for a holder; a
 * {@code javax.smartcardio} provider for in-process readers; and the bridge that inserts it into the real pcscd
 * through vsmartcard's vpcd. It depends on the core domain and the test PKI only, so that it stays an independent
 * check of the SDK that reads it.
 */
module io.tscns.simcard {
    requires transitive io.tscns.core;
    requires transitive io.tscns.testpki;
    requires transitive java.smartcardio;
    requires org.slf4j;
    requires jdk.net;

    exports io.tscns.simcard;
    exports io.tscns.simcard.smartcardio;
    exports io.tscns.simcard.vpcd;
}
