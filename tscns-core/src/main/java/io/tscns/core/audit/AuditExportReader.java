package io.tscns.core.audit;

import io.tscns.core.audit.internal.BoundedLineReader;
import io.tscns.core.audit.internal.ExportLines;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an {@linkplain AuditExport audit export} entry by entry, holding one line at a time, so an export of any
 * size is read in bounded memory. It checks the form of each line only; {@link AuditVerifier#verifyExport} checks
 * the chain. Opened by {@link AuditExport#open}. Not thread-safe.
 *
 * <p>After a {@link MalformedAuditExportException} the reader throws the same exception on every later call.
 *
 * @since 0.1.0
 */
public final class AuditExportReader {

    private final BoundedLineReader lines;
    private final AuditChainHead anchor;
    private AuditExportTrailer trailer;
    private MalformedAuditExportException failure;

    AuditExportReader(InputStream in) throws IOException {
        this.lines = new BoundedLineReader(in, ExportLines.MAX_LINE_BYTES);
        Optional<String> header = lines.readLine();
        if (header.isEmpty()) {
            throw new MalformedAuditExportException(1, new AuditExportProblem.Empty());
        }
        this.anchor = ExportLines.parseHeader(header.get(), lines.lineNumber());
    }

    /**
     * Returns the head the first entry follows, from the header.
     *
     * @return the anchor
     */
    public AuditChainHead anchor() {
        return anchor;
    }

    /**
     * Reads the next entry.
     *
     * @return the entry, or empty once the trailer has been read
     * @throws IOException                    if reading fails
     * @throws MalformedAuditExportException if the line is malformed, the export ends without a trailer, or
     *                                        something follows the trailer
     */
    public Optional<AuditEntry> next() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (trailer != null) {
            return Optional.empty();
        }
        try {
            Optional<String> line = lines.readLine();
            if (line.isEmpty()) {
                throw new MalformedAuditExportException(
                        lines.lineNumber() + 1, new AuditExportProblem.MissingTrailer());
            }
            if (!ExportLines.isTrailer(line.get())) {
                return Optional.of(ExportLines.parseEntry(line.get(), lines.lineNumber()));
            }
            AuditExportTrailer read = ExportLines.parseTrailer(line.get(), lines.lineNumber());
            if (!atEnd()) {
                throw new MalformedAuditExportException(
                        lines.lineNumber(), new AuditExportProblem.ContentAfterTrailer());
            }
            trailer = read;
            return Optional.empty();
        } catch (MalformedAuditExportException e) {
            failure = e;
            throw e;
        }
    }

    private boolean atEnd() throws IOException {
        try {
            return lines.readLine().isEmpty();
        } catch (MalformedAuditExportException anythingAfterTheTrailer) {
            return false;
        }
    }

    /**
     * Returns the trailer, once {@link #next()} has reached it.
     *
     * @return the trailer, or empty while entries remain
     */
    public Optional<AuditExportTrailer> trailer() {
        return Optional.ofNullable(trailer);
    }
}
