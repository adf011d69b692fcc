package io.tscns.cli.card;

import io.tscns.card.CnsCard;
import io.tscns.card.jca.TscnsKeyStoreParameter;
import io.tscns.card.jca.TscnsProvider;
import io.tscns.card.key.HashAlgorithm;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.CliFailure;
import io.tscns.cli.internal.DistinguishedNames;
import io.tscns.cli.internal.InputFiles;
import io.tscns.cli.internal.Report;
import io.tscns.core.TscnsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tscns sign}: signs data, a file or a server's challenge with the card's authentication key after the PIN
 * is verified (<i>firma con la chiave di autenticazione</i>). The signature is {@code SHA256withRSA} (PKCS#1 v1.5),
 * what {@code CnsCard.authenticate} returns and a service provider's {@code ChallengeVerifier} checks; it is made
 * through the card's JCA provider ({@code TscnsProvider}), as an application would make it.
 */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = "Sign data, a file or a challenge with the card's authentication key (SHA256withRSA), after "
                + "verifying the PIN.")
public final class SignCommand extends TscnsCommand {

    private static final String ALGORITHM = HashAlgorithm.SHA_256.signatureAlgorithm();

    /** What to sign: exactly one of these. */
    static final class Input {
        @Option(names = "--data", paramLabel = "TEXT", required = true, description = "Sign this text (UTF-8).")
        String data;

        @Option(names = "--file", paramLabel = "FILE", required = true, description = "Sign this file's bytes.")
        Path file;

        @Option(
                names = "--challenge",
                paramLabel = "BASE64",
                required = true,
                description = "Sign these bytes, given in base64 (standard or URL-safe), such as a service "
                        + "provider's login challenge.")
        String challenge;
    }

    /** How the signature is written. */
    enum Format {
        BASE64,
        HEX
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "BASE64",
            description = "Signature encoding on standard output: base64 or hex (default base64).")
    private Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the raw signature bytes to FILE.")
    private Path output;

    @Mixin
    private ReaderOption reader;

    @Mixin
    private SecretSourceOption secrets;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() throws IOException {
        Payload payload = payload();
        byte[] signature;
        X509Certificate certificate;
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name())) {
            PinOutcome.requireAccepted(
                    open, "sign", secrets.verifyPin(open.card(), environment()), "PIN", environment(), json.enabled());
            certificate = open.card().readCertificate();
            signature = signThroughProvider(open.card(), payload);
        }
        if (output != null) {
            Files.write(output, signature);
        }
        String encoded = format == Format.HEX
                ? HexFormat.of().withUpperCase().formatHex(signature)
                : Base64.getEncoder().encodeToString(signature);
        if (json.enabled()) {
            new Report()
                    .put("algorithm", "Algorithm", ALGORITHM)
                    .put("signature", "Signature", encoded)
                    .put("certificate", "Certificate", base64(certificate))
                    .put("subject", "Subject", DistinguishedNames.readable(certificate.getSubjectX500Principal()))
                    .print(environment().out(), true);
        } else if (output != null) {
            environment()
                    .out()
                    .println("Signature (" + signature.length + " bytes, " + ALGORITHM + ") written to " + output);
        } else {
            environment().out().println(encoded);
        }
        return ExitCode.OK;
    }

    /**
     * Signs through the JCA, as any application would: the {@code TSCNS} key store of the card, whose PIN is
     * verified already, and {@code SHA256withRSA} of {@link TscnsProvider}.
     */
    private static byte[] signThroughProvider(CnsCard card, Payload payload) throws IOException {
        Provider provider = new TscnsProvider();
        try {
            KeyStore store = KeyStore.getInstance(TscnsProvider.KEY_STORE_TYPE, provider);
            try {
                store.load(TscnsKeyStoreParameter.of(card, null));
            } catch (IOException e) {
                if (e.getCause() instanceof TscnsException cause) {
                    throw cause;
                }
                throw e;
            }
            PrivateKey key = (PrivateKey) store.getKey(store.aliases().nextElement(), null);
            Signature signer = Signature.getInstance(ALGORITHM, provider);
            signer.initSign(key);
            payload.feed(signer);
            return signer.sign();
        } catch (SignatureException e) {
            if (e.getCause() instanceof TscnsException cause) {
                throw cause;
            }
            throw new IllegalStateException("the card's signature failed: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the TSCNS provider offers " + ALGORITHM, e);
        }
    }

    /** What is signed: bytes given on the command line, or a file streamed into the signature. */
    private interface Payload {
        void feed(Signature signer) throws IOException, SignatureException;
    }

    /** Reads and checks the input before the card is opened, so that a mistake costs no PIN entry. */
    private Payload payload() {
        if (input.data != null) {
            byte[] bytes = input.data.getBytes(StandardCharsets.UTF_8);
            return signer -> signer.update(bytes);
        }
        if (input.challenge != null) {
            String text = input.challenge.strip();
            try {
                boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
                byte[] bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
                return signer -> signer.update(bytes);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.INVALID_INPUT, "the challenge is not base64: " + e.getMessage());
            }
        }
        if (!Files.isRegularFile(input.file) || !Files.isReadable(input.file)) {
            throw new CliFailure(
                    ExitCode.INVALID_INPUT,
                    "cannot sign " + InputFiles.printable(input.file) + ": not a readable file");
        }
        Path file = input.file;
        return signer -> {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    signer.update(buffer, 0, n);
                }
            }
        };
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate read from the card re-encodes", e);
        }
    }
}
