/**
 * Device side of the SDK (<i>lato carta</i>): ISO 7816 APDUs over a one-method transport seam, the CNS file system
 * reader, PIN operations, signing with the authentication key, card profiles recognised from the ATR, the
 * {@code javax.smartcardio} adapter and reader monitoring, behind the {@link io.tscns.card.CnsCard} facade.
 */
module io.tscns.card {
    requires transitive io.tscns.core;
    requires transitive java.smartcardio;
    requires org.slf4j;

    exports io.tscns.card;
    exports io.tscns.card.apdu;
    exports io.tscns.card.error;
    exports io.tscns.card.fs;
    exports io.tscns.card.key;
    exports io.tscns.card.pin;
    exports io.tscns.card.profile;
    exports io.tscns.card.reader;
    exports io.tscns.card.smartcardio;
    exports io.tscns.card.transport;
}
