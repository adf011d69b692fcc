/**
 * Device side of the SDK: APDUs, the CNS file system, PIN operations and signing over a transport seam.
 */
module io.tscns.card {
    requires transitive io.tscns.core;
    requires org.slf4j;

    exports io.tscns.card.apdu;
    exports io.tscns.card.transport;
}
