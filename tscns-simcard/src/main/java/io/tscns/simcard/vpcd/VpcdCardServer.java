package io.tscns.simcard.vpcd;

import io.tscns.core.personaldata.HeaderConvention;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import javax.security.auth.x500.X500Principal;

/**
 * Serves a freshly issued simulated TS-CNS card to the real PC/SC stack through vpcd, and prints what a tester
 * needs to use it: the holder, the card id, the TEAM number, the certificate and the PIN, PUK and CIP. It is the
 * engine of {@code ./tscns card serve --vpcd [host:port] [--profile classic|stincard|rsa1024|ace2025|st2022-nfc]}: the command line only
 * turns its flags into {@link Options} and calls {@link #start(Options, CardFactory, PrintStream)}.
 *
 * <p>Printing the codes is the point of this test tool; they belong to a card that exists only in this process.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class VpcdCardServer implements AutoCloseable {

    /**
     * What to serve and where.
     *
     * @param vpcd    vpcd's host and port
     * @param profile the chip family
     * @param holder  the holder of the card
     */
    public record Options(InetSocketAddress vpcd, SimulatedProfile profile, CardHolder holder) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if one is missing
         */
        public Options {
            Objects.requireNonNull(vpcd, "vpcd");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(holder, "holder");
        }

        /**
         * Returns the defaults: vpcd's first slot on this machine, the classic profile, the example holder.
         *
         * @return the defaults
         */
        public static Options defaults() {
            return new Options(VpcdBridge.DEFAULT_ADDRESS, SimulatedProfile.CLASSIC, CardHolder.example());
        }

        /**
         * Returns these options with another vpcd address.
         *
         * @param hostAndPort {@code host:port}, {@code host} (port 35963) or {@code :port} (host 127.0.0.1)
         * @return the new options
         * @throws IllegalArgumentException if the text is not an address
         */
        public Options withVpcd(String hostAndPort) {
            return new Options(parseAddress(hostAndPort), profile, holder);
        }

        /**
         * Returns these options with another profile.
         *
         * @param name {@code classic}, {@code stincard}, {@code rsa1024}, {@code ace2025} or {@code st2022-nfc}
         * @return the new options
         * @throws IllegalArgumentException for another name
         */
        public Options withProfile(String name) {
            return new Options(vpcd, SimulatedProfile.fromName(name), holder);
        }

        /**
         * Returns these options with another holder.
         *
         * @param cardHolder the holder, e.g. {@code CardHolder.example().withOmocodeLevel(1)}
         * @return the new options
         */
        public Options withHolder(CardHolder cardHolder) {
            return new Options(vpcd, profile, cardHolder);
        }

        /**
         * Reads a vpcd address.
         *
         * @param hostAndPort {@code host:port}, {@code host} (port 35963) or {@code :port} (host 127.0.0.1)
         * @return the address, unresolved names resolved
         * @throws IllegalArgumentException if the port is not a number from 1 to 65535 or the host is empty
         */
        public static InetSocketAddress parseAddress(String hostAndPort) {
            Objects.requireNonNull(hostAndPort, "hostAndPort");
            int colon = hostAndPort.lastIndexOf(':');
            String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
            String port =
                    colon < 0 ? String.valueOf(VpcdBridge.DEFAULT_ADDRESS.getPort()) : hostAndPort.substring(colon + 1);
            if (host.isEmpty()) {
                host = VpcdBridge.DEFAULT_ADDRESS.getHostString();
            }
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw new IllegalArgumentException(
                        "the vpcd port must be a number from 1 to 65535, not \"" + port + "\"");
            }
            return new InetSocketAddress(host, Integer.parseInt(port));
        }
    }

    /** Names for the subject attributes the JDK would print as an OID and hexadecimal ({@code docs/card.md §6}). */
    private static final Map<String, String> READABLE_NAMES =
            Map.of("2.5.4.4", "SURNAME", "2.5.4.42", "GIVENNAME", "2.5.4.5", "SERIALNUMBER");

    private final IssuedCard card;
    private final VpcdBridge bridge;
    private final CountDownLatch closed = new CountDownLatch(1);

    private VpcdCardServer(IssuedCard card, VpcdBridge bridge) {
        this.card = card;
        this.bridge = bridge;
    }

    /**
     * Issues a card, prints its sheet and inserts it into the vpcd reader. The bridge keeps trying until vpcd
     * listens, so pcscd may start before or after.
     *
     * @param options what to serve and where
     * @param factory the card factory
     * @param out     where the card sheet goes
     * @return the running server
     */
    public static VpcdCardServer start(Options options, CardFactory factory, PrintStream out) {
        Objects.requireNonNull(options, "options");
        IssuedCard issued = factory.issue(options.holder(), options.profile());
        printSheet(issued, options, out);
        return new VpcdCardServer(issued, VpcdBridge.start(issued.card(), options.vpcd()));
    }

    private static void printSheet(IssuedCard issued, Options options, PrintStream out) {
        CardHolder holder = issued.holder();
        out.println("Simulated TS-CNS card (" + options.profile().cliName() + " profile) for the vpcd reader at "
                + options.vpcd().getHostString() + ":" + options.vpcd().getPort());
        out.println("  Holder:       " + holder.displayName() + ", codice fiscale "
                + issued.codiceFiscale().value() + ", born " + holder.birthDate() + " in " + holder.birthPlace());
        out.println("  ID_Carta:     " + issued.cardId().value());
        out.println("  TEAM number:  " + issued.teamNumber().value());
        out.println(
                "  Data file:    EF.Dati_personali of " + issued.personalData().fileSize() + " bytes, length header "
                        + (issued.personalData().headerConvention() == HeaderConvention.INCLUDES_HEADER
                                ? "counting itself"
                                : "counting the fields only"));
        out.println("  Certificate:  "
                + issued.certificate().getSubjectX500Principal().getName(X500Principal.RFC2253, READABLE_NAMES)
                + ", issued by "
                + issued.issuer().commonName() + ", valid until "
                + issued.certificate()
                        .getNotAfter()
                        .toInstant()
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate());
        printCode(out, "PIN", issued.pin().toCharArray());
        printCode(out, "PUK", issued.puk().toCharArray());
        printCode(out, "CIP", issued.cip().toCharArray());
        out.flush();
    }

    private static void printCode(PrintStream out, String label, char[] code) {
        out.print("  " + label + ":          ");
        out.println(code);
        Arrays.fill(code, '\0');
    }

    /**
     * Returns the card being served.
     *
     * @return the issued card
     */
    public IssuedCard card() {
        return card;
    }

    /**
     * Returns the bridge that carries the card's APDUs.
     *
     * @return the bridge
     */
    public VpcdBridge bridge() {
        return bridge;
    }

    /**
     * Waits until vpcd has talked to the card.
     *
     * @param timeout how long to wait at most
     * @return {@code true} if it did in time
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean awaitReaderContact(Duration timeout) throws InterruptedException {
        return bridge.awaitReaderContact(timeout);
    }

    /**
     * Blocks until {@link #close()} is called, for a command that serves until it is stopped.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Takes the card out of the reader and destroys its codes. */
    @Override
    public void close() {
        try {
            bridge.close();
        } finally {
            card.close();
            closed.countDown();
        }
    }

    /**
     * Serves a card until the process is stopped: {@code [--vpcd host:port] [--profile classic|stincard|rsa1024|ace2025|st2022-nfc]}.
     *
     * @param args the options
     * @throws InterruptedException if the main thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        Options options = Options.defaults();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--vpcd" -> options = options.withVpcd(requireValue("--vpcd", value));
                case "--profile" -> options = options.withProfile(requireValue("--profile", value));
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + "; usage: [--vpcd host:port] [--profile classic|stincard|rsa1024|ace2025|st2022-nfc]");
            }
            i++;
        }
        VpcdCardServer server = start(options, CardFactory.standard(), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "vpcd-card-server-shutdown"));
        server.awaitClose();
    }

    private static String requireValue(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /**
     * Describes the server.
     *
     * @return for example {@code VpcdCardServer[6090123456789000, VpcdBridge[127.0.0.1:35963, CONNECTED]]}
     */
    @Override
    public String toString() {
        return "VpcdCardServer[" + card.cardId() + ", " + bridge + "]";
    }
}
