package io.tscns.cli.internal;

import io.tscns.auth.cert.Certificates;
import io.tscns.cli.ExitCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * Reads the files a command is given (<i>file in ingresso</i>), with the size bounded before anything is read, and
 * certificates in PEM or DER.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Reads a whole file of bounded size.
     *
     * @param file     the file
     * @param maxBytes the largest size accepted
     * @param what     what the file should hold, for messages
     * @return the content
     * @throws CliFailure with {@link ExitCode#INVALID_INPUT} if the file is missing, unreadable or too large
     */
    public static byte[] read(Path file, long maxBytes, String what) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CliFailure(ExitCode.INVALID_INPUT, "cannot read the " + what + " " + file
                        + ": no such file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CliFailure(ExitCode.INVALID_INPUT, "the " + what + " " + file + " has " + size
                        + " bytes, more than the " + maxBytes + " a " + what + " can have");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "cannot read the " + what + " " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads one certificate, PEM (text starting with {@code -----BEGIN CERTIFICATE-----}) or DER.
     *
     * @param file the file
     * @return the certificate
     * @throws CliFailure                                      if the file cannot be read
     * @throws io.tscns.auth.cert.InvalidCertificateException if it is not one certificate
     */
    public static X509Certificate certificate(Path file) {
        byte[] content = read(file, 2L * Certificates.MAX_CERTIFICATE_BYTES, "certificate");
        int start = 0;
        while (start < content.length && Character.isWhitespace(content[start])) {
            start++;
        }
        if (start < content.length && content[start] == '-') {
            return Certificates.parsePem(new String(content, StandardCharsets.US_ASCII));
        }
        return Certificates.parseDer(content);
    }
}
