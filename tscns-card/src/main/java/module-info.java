/**
 * Device side of the SDK: APDUs, the CNS file system, PIN operations and signing over a transport seam.
 */
module io.tscns.card {
    requires transitive io.tscns.core;
    requires transitive java.smartcardio;
    requires org.slf4j;

    exports io.tscns.card.apdu;
    exports io.tscns.card.error;
    exports io.tscns.card.profile;
    exports io.tscns.card.transport;
}
