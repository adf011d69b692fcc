package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.SandboxSetupException;
import io.tscns.testpki.SerialNumberLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test CA's state a sandbox keeps in its data directory ({@value #FILE}, <i>stato della CA di prova</i>): for each
 * CA of the test PKI, the next position of its serial-number stream, one {@code label=position} line each. Each
 * reservation is written (whole, through a temporary file) before the serial is used, so that a sandbox restarted on
 * the directory — a new process, a new {@code TestPki} from the same seed — never issues a serial number twice and a
 * revocation by serial cannot hit another certificate. Thread-safe.
 */
public final class CaSerialLedger implements SerialNumberLedger {

    /** The file in a data directory. */
    public static final String FILE = "ca-serials";

    private final Path file;
    private final Map<String, Long> next;

    private CaSerialLedger(Path file, Map<String, Long> next) {
        this.file = file;
        this.next = next;
    }

    /**
     * Opens the ledger of a data directory (created {@code 0700} if missing), empty on its first use.
     *
     * @param dataDirectory the data directory
     * @return the ledger
     * @throws IOException           if the file cannot be read
     * @throws SandboxSetupException if the file is not one the sandbox wrote
     */
    public static CaSerialLedger in(Path dataDirectory) throws IOException {
        Path file = PrivateFiles.directory(dataDirectory).resolve(FILE);
        Map<String, Long> next = new TreeMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                int equals = line.indexOf('=');
                try {
                    if (equals < 1 || Long.parseLong(line.substring(equals + 1)) < 0) {
                        throw new NumberFormatException();
                    }
                    next.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1)));
                } catch (NumberFormatException e) {
                    throw new SandboxSetupException(file + " is not the CA state the sandbox wrote; remove the data "
                            + "directory to start afresh");
                }
            }
        }
        return new CaSerialLedger(file, next);
    }

    @Override
    public synchronized long reserve(String ca) {
        long position = next.getOrDefault(ca, 0L);
        next.put(ca, position + 1);
        StringBuilder text = new StringBuilder();
        next.forEach(
                (label, value) -> text.append(label).append('=').append(value).append('\n'));
        try {
            PrivateFiles.write(file, text.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            next.put(ca, position);
            throw new UncheckedIOException("the test CA's state could not be written to " + file, e);
        }
        return position;
    }
}
