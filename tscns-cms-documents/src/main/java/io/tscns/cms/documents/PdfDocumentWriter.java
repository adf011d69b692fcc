package io.tscns.cms.documents;

import io.tscns.cms.documents.internal.Form;
import io.tscns.cms.documents.internal.FormPdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Writes counter documents as PDF/A-2b (ISO 19005-2, level B): A4 pages, Italian text in DejaVu Sans embedded as a
 * subset, XMP metadata with the PDF/A identification, an sRGB output intent. Every document goes through the same
 * layout engine; a text its font cannot print is a {@link DocumentException}, never a missing glyph. The copies of
 * the counter halves the receipt's layout needs are wiped once it is written; the receipt itself is the caller's to
 * {@linkplain ActivationReceipt#close() close}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class PdfDocumentWriter {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Clock clock;

    private PdfDocumentWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Returns a writer that stamps the documents' metadata with the time of a clock.
     *
     * @param clock the clock of the creation date in the metadata
     * @return the writer
     */
    public static PdfDocumentWriter create(Clock clock) {
        return new PdfDocumentWriter(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Writes a document.
     *
     * @param document the document
     * @param out      where the PDF goes; not closed
     * @throws DocumentException     if a text cannot be printed (every one found) or the PDF library fails
     * @throws UncheckedIOException if {@code out} fails
     */
    public void write(CounterDocument document, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        Form form = Forms.of(document);
        try {
            FormPdfWriter.write(form, clock.instant(), out);
        } finally {
            form.wipe();
        }
    }

    /**
     * Writes a document to a new file that only its owner can read and write (mode 0600 where the file system has
     * POSIX permissions): a receipt holds the counter halves. The file is written in full or not left behind.
     *
     * @param document the document
     * @param file     the file to create; it must not exist
     * @return the file
     * @throws DocumentException     if a text cannot be printed or the PDF library fails
     * @throws UncheckedIOException if the file exists or cannot be written
     */
    public Path writeFile(CounterDocument document, Path file) {
        byte[] pdf = toBytes(document);
        try {
            boolean posix = Files.getFileStore(file.toAbsolutePath().getParent())
                    .supportsFileAttributeView(PosixFileAttributeView.class);
            Path created = posix
                    ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createFile(file);
            try (OutputStream out = Files.newOutputStream(created, StandardOpenOption.WRITE)) {
                out.write(pdf);
            } catch (IOException e) {
                Files.deleteIfExists(created);
                throw e;
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            Arrays.fill(pdf, (byte) 0);
        }
    }

    /**
     * Writes a document to a new byte array.
     *
     * @param document the document
     * @return the PDF
     * @throws DocumentException if a text cannot be printed or the PDF library fails
     */
    public byte[] toBytes(CounterDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(document, out);
        return out.toByteArray();
    }
}
