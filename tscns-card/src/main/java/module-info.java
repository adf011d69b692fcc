/**
 * Device side of the SDK (<i>lato carta</i>), in layers: the one-method transport seam and its decorators
 * ({@code transport}), APDUs and the CNS command table ({@code apdu}), the CNS file system ({@code fs}), PIN and key
 * operations ({@code pin}, {@code key}), PIN-pad reader structures ({@code pinpad}), card profiles recognised from
 * the ATR ({@code profile}), behind the {@link io.tscns.card.CnsCard} facade; and, on top, the
 * {@code javax.smartcardio} adapter ({@code smartcardio}) and reader monitoring ({@code reader}).
 *
 * <p>{@code java.smartcardio} is needed only by {@code io.tscns.card.smartcardio} and {@code io.tscns.card.reader}:
 * the module requires it {@code static}, so a card opened over another transport (an NFC or remote reader, a
 * simulated card, a recorded script) runs on a JVM or image without it. It is also {@code transitive}, so a module
 * that uses the PC/SC packages compiles against {@code javax.smartcardio} without naming it; an image built with
 * {@code jlink} from such a module adds {@code --add-modules java.smartcardio}, since a static dependence is not
 * followed.
 *
 * <p>jnasmartcardio (with JNA) is optional too ({@code static}): only
 * {@link io.tscns.card.reader.TerminalFactorySource#freshContexts()} needs it, to reconnect after a pcscd restart.
 */
module io.tscns.card {
    requires transitive io.tscns.core;
    requires static transitive java.smartcardio;
    requires org.slf4j;
    requires static jnasmartcardio;

    exports io.tscns.card;
    exports io.tscns.card.apdu;
    exports io.tscns.card.error;
    exports io.tscns.card.fs;
    exports io.tscns.card.generation;
    exports io.tscns.card.jca;
    exports io.tscns.card.key;
    exports io.tscns.card.pin;
    exports io.tscns.card.pinpad;
    exports io.tscns.card.profile;
    exports io.tscns.card.reader;
    exports io.tscns.card.smartcardio;
    exports io.tscns.card.transport;

    provides java.security.Provider with
            io.tscns.card.jca.TscnsProvider;
}
