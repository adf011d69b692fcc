package io.tscns.cli.card;

import io.tscns.cli.ExitCode;
import io.tscns.cli.TscnsCommand;
import io.tscns.core.personaldata.HeaderConvention;
import io.tscns.core.personaldata.Padding;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.core.personaldata.PersonalDataCodec;
import io.tscns.core.personaldata.PersonalDataFile;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.vpcd.VpcdCardServer;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.KeyPairSource;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code tscns card serve --vpcd}: issues a simulated TS-CNS card and puts it in the virtual reader of pcscd's vpcd
 * driver, so that every PC/SC application on the machine, {@code tscns read} included, sees a real-looking card
 * (<i>carta simulata su vpcd</i>). It prints the holder, the card id and the codes (PIN, PUK, CIP): this card exists
 * only in this process, and printing its codes is the point of a test tool. Serves until interrupted.
 *
 * <p>For trying what {@code tscns read} checks: an omocodic codice fiscale, the other header convention of
 * EF.Dati_personali, a file changed after the certificate was issued, and the issuing CA with its CRL (the card's
 * certificate revoked or not) written to a directory for {@code read --trust ... --crl ...}.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve a simulated TS-CNS card to pcscd through vsmartcard's vpcd driver and print its "
                + "identity and codes, until interrupted.")
public final class CardServeCommand extends TscnsCommand {

    /** What EF.Dati_personali's length header counts. */
    enum Header {
        INCLUDES(HeaderConvention.INCLUDES_HEADER),
        EXCLUDES(HeaderConvention.EXCLUDES_HEADER);

        private final HeaderConvention convention;

        Header(HeaderConvention convention) {
            this.convention = convention;
        }
    }

    @Option(
            names = "--vpcd",
            required = true,
            description = "Insert the card into vpcd's virtual reader (the only way to serve it for now).")
    private boolean vpcd;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "vpcd's host (default ${DEFAULT-VALUE}).")
    private String host;

    @Option(
            names = "--port",
            defaultValue = "35963",
            description = "vpcd's port: 35963 for reader \"Virtual PCD 00 00\", 35964 for \"00 01\" "
                    + "(default ${DEFAULT-VALUE}).")
    private int port;

    @Option(
            names = "--profile",
            defaultValue = "classic",
            paramLabel = "PROFILE",
            description =
                    "The chip family: classic, stincard, rsa1024, ace2025 or st2022-nfc (default ${DEFAULT-VALUE}).")
    private String profile;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Issue the same card (card id, codes, key) for the same N; the certificate's dates follow "
                    + "the clock.")
    private Long seed;

    @Option(
            names = "--omocode",
            paramLabel = "LEVEL",
            defaultValue = "0",
            description = "Give the holder the omocodic codice fiscale of this level, 1 to 7 (default 0: the base "
                    + "code).")
    private int omocode;

    @Option(
            names = "--header",
            paramLabel = "COUNTS",
            defaultValue = "includes",
            description = "What EF.Dati_personali's length header counts: includes (itself too, as on the real card; "
                    + "the default) or excludes (the fields only).")
    private Header header;

    @Option(
            names = "--tamper",
            description = "Change one byte of EF.Dati_personali (the surname's last letter) after the certificate was "
                    + "issued over it, so that the card no longer matches its certificate.")
    private boolean tamper;

    @Option(
            names = "--pki-out",
            paramLabel = "DIR",
            description = "Write the issuing CA's certificate (ca.pem), its current CRL (ca.crl) and the card's "
                    + "certificate (card.pem) into DIR, for `tscns read --trust DIR/ca.pem --crl DIR/ca.crl`.")
    private Path pkiOut;

    @Option(
            names = "--revoked",
            description =
                    "List the card's certificate as revoked (key compromise) in the CRL " + "that --pki-out writes.")
    private boolean revoked;

    @Override
    protected ExitCode execute() throws IOException {
        VpcdCardServer.Options options;
        try {
            if (revoked && pkiOut == null) {
                throw new IllegalArgumentException("--revoked needs --pki-out, where the CRL is written");
            }
            options = VpcdCardServer.Options.defaults()
                    .withVpcd(host + ":" + port)
                    .withProfile(profile)
                    .withHolder(CardHolder.example().withOmocodeLevel(omocode));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec().commandLine(), e.getMessage());
        }
        VpcdCardServer server =
                VpcdCardServer.start(options, factory(), environment().out());
        Thread hook = new Thread(server::close, "tscns-card-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (tamper) {
                environment().out().println("  Tampered:     EF.Dati_personali no longer matches the certificate");
            }
            if (pkiOut != null) {
                writePki(server.card(), environment().out());
            }
            environment()
                    .out()
                    .println("Serving it to vpcd at " + options.vpcd().getHostString() + ":"
                            + options.vpcd().getPort() + "; stop with Ctrl-C.");
            environment().out().flush();
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            removeHook(hook);
        }
        return ExitCode.OK;
    }

    private CardFactory factory() {
        CardFactory.Builder builder = CardFactory.builder().headerConvention(header.convention);
        if (tamper) {
            builder.tamperWithPersonalData(CardServeCommand::changeSurname);
        }
        if (seed == null) {
            return builder.build();
        }
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return builder.random(random).keys(KeyPairSource.seeded(seed)).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA1PRNG", e);
        }
    }

    /** Changes the surname's last letter, keeping every length and the layout: one byte of the file differs. */
    private static byte[] changeSurname(byte[] file) {
        PersonalDataFile decoded = PersonalDataCodec.decode(file);
        PersonalData data = decoded.data();
        String surname = data.surname();
        char last = surname.charAt(surname.length() - 1);
        PersonalData changed = data.toBuilder()
                .surname(surname.substring(0, surname.length() - 1) + (last == 'A' ? 'E' : 'A'))
                .build();
        return PersonalDataFile.of(
                        changed,
                        decoded.headerConvention(),
                        decoded.padding().orElse(Padding.ZERO_BYTES),
                        decoded.fileSize())
                .encode();
    }

    private void writePki(IssuedCard card, PrintStream out) throws IOException {
        TestCa ca = TestPki.standard().issuingCa(card.issuer());
        if (revoked) {
            ca.revoke(card.certificate(), environment().clock().instant(), CrlReason.KEY_COMPROMISE);
        }
        Files.createDirectories(pkiOut);
        Files.writeString(pkiOut.resolve("ca.pem"), pem(ca.certificate()), StandardCharsets.US_ASCII);
        Files.writeString(pkiOut.resolve("card.pem"), pem(card.certificate()), StandardCharsets.US_ASCII);
        Files.write(pkiOut.resolve("ca.crl"), ca.signCrl(ca.crl().build()));
        out.println("  Trust files:  ca.pem, ca.crl (the card's certificate " + (revoked ? "revoked" : "not revoked")
                + "), card.pem in " + pkiOut);
    }

    private static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate the test PKI issued encodes", e);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting: the hook runs, or already ran, close() again, which does nothing.
        }
    }
}
