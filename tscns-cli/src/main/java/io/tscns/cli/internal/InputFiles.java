package io.tscns.cli.internal;

import io.tscns.auth.cert.Certificates;
import io.tscns.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * Reads the files a command is given (<i>file in ingresso</i>), with the size bounded before anything is read, and
 * certificates in PEM or DER.
 */
public final class InputFiles {

    private InputFiles() {}

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
        String name = printable(file);
        try {
            if (!Files.exists(file)) {
                throw new CliFailure(ExitCode.INVALID_INPUT, "cannot read the " + what + " " + name + ": no such file");
            }
            if (Files.isDirectory(file)) {
                throw new CliFailure(
                        ExitCode.INVALID_INPUT,
                        "cannot read the " + what + " " + name + ": it is a directory; give a file");
            }
            if (!Files.isRegularFile(file)) {
                // A device (/dev/zero), a pipe or a socket: no size to bound before reading, so not read at all.
                throw new CliFailure(
                        ExitCode.INVALID_INPUT,
                        "cannot read the " + what + " " + name
                                + ": not a regular file (a device, pipe or socket); give a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CliFailure(
                        ExitCode.INVALID_INPUT,
                        "the " + what + " " + name + " has " + size + " bytes, more than the " + maxBytes + " a " + what
                                + " can have");
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new CliFailure(
                    ExitCode.INVALID_INPUT, "cannot read the " + what + " " + name + ": permission denied", e);
        } catch (IOException e) {
            throw new CliFailure(
                    ExitCode.INVALID_INPUT,
                    "cannot read the " + what + " " + name + ": the file system reported an error while reading it",
                    e);
        }
    }

    /**
     * Returns a file name as a one-line error message may show it: control characters (a newline, an escape
     * sequence) written as a backslash, {@code u} and four hex digits, so that a hostile name cannot break the line
     * or drive the terminal.
     *
     * @param file the file
     * @return the printable name
     */
    public static String printable(Path file) {
        return printable(file.toString());
    }

    /**
     * Returns text from the command line as a one-line message may show it, control characters escaped.
     *
     * @param text the text
     * @return the printable text
     */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
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
