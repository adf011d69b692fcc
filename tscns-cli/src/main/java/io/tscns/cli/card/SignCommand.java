package io.tscns.cli.card;

import io.tscns.card.key.HashAlgorithm;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.CliFailure;
import io.tscns.cli.internal.DistinguishedNames;
import io.tscns.cli.internal.InputFiles;
import io.tscns.cli.internal.Report;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/**
 * {@code tscns sign}: signs data, a file or a server's challenge with the card's authentication key after the PIN
 * is verified (<i>firma con la chiave di autenticazione</i>). The signature is {@code SHA256withRSA} (PKCS#1 v1.5),
 * what {@code CnsCard.authenticate} returns and a service provider's {@code ChallengeVerifier} checks.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign data, a file or a challenge with the card's authentication key (SHA256withRSA), after "
                + "verifying the PIN.")
public final class SignCommand extends TscnsCommand {

    /** What to sign: exactly one of these. */
    static final class Input {
        @Option(names = "--data", paramLabel = "TEXT", required = true, description = "Sign this text (UTF-8).")
        String data;

        @Option(names = "--file", paramLabel = "FILE", required = true, description = "Sign this file's bytes.")
        Path file;

        @Option(names = "--challenge", paramLabel = "BASE64", required = true,
                description = "Sign these bytes, given in base64 (standard or URL-safe), such as a service "
                        + "provider's login challenge.")
        String challenge;
    }

    /** How the signature is written. */
    enum Format { BASE64, HEX }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "BASE64",
            description = "Signature encoding on standard output: base64 or hex (default base64).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the raw signature bytes to FILE.")
    private Path output;

    @Mixin
    private ReaderOption reader;

    @Mixin
    private SecretSourceOption secrets;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() throws IOException {
        byte[] digest = digest();
        byte[] signature;
        X509Certificate certificate;
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name())) {
            PinOutcome.requireAccepted(open, "sign", secrets.verifyPin(open.card(), environment()), "PIN",
                    environment(), json.enabled());
            signature = open.card().sign(HashAlgorithm.SHA_256, digest);
            certificate = open.card().readCertificate();
        }
        if (output != null) {
            Files.write(output, signature);
        }
        String encoded = format == Format.HEX ? HexFormat.of().withUpperCase().formatHex(signature)
                : Base64.getEncoder().encodeToString(signature);
        if (json.enabled()) {
            new Report().put("algorithm", "Algorithm", HashAlgorithm.SHA_256.signatureAlgorithm())
                    .put("signature", "Signature", encoded)
                    .put("certificate", "Certificate", base64(certificate))
                    .put("subject", "Subject", DistinguishedNames.readable(certificate.getSubjectX500Principal()))
                    .print(environment().out(), true);
        } else if (output != null) {
            environment().out().println("Signature (" + signature.length + " bytes, "
                    + HashAlgorithm.SHA_256.signatureAlgorithm() + ") written to " + output);
        } else {
            environment().out().println(encoded);
        }
        return ExitCode.OK;
    }

    private byte[] digest() throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        if (input.data != null) {
            return sha256.digest(input.data.getBytes(StandardCharsets.UTF_8));
        }
        if (input.challenge != null) {
            String text = input.challenge.strip();
            try {
                boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
                return sha256.digest((urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text));
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.INVALID_INPUT, "the challenge is not base64: " + e.getMessage());
            }
        }
        if (!Files.isRegularFile(input.file)) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "cannot sign " + InputFiles.printable(input.file)
                    + ": not a readable file");
        }
        try (InputStream in = Files.newInputStream(input.file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, n);
            }
        }
        return sha256.digest();
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate read from the card re-encodes", e);
        }
    }
}
