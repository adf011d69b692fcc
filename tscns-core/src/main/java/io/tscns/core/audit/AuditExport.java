package io.tscns.core.audit;

import io.tscns.core.audit.internal.ExportLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The line-oriented text export of an audit chain (<i>esportazione del registro</i>), which an auditor verifies
 * offline with nothing but the {@link AuditKeyRing} ({@link AuditVerifier#verifyExport}).
 *
 * <h2>Format {@value #FORMAT}</h2>
 * UTF-8, one line per item, each ending with a line feed:
 * <pre>
 * tscns-audit-export/1 anchor=&lt;seq&gt;:&lt;hash&gt;
 * seq=&lt;n&gt; prev=&lt;hash&gt; at=&lt;instant&gt; op=&lt;code&gt; operator=&lt;text&gt; card=&lt;text&gt; cf=&lt;text&gt; outcome=&lt;outcome&gt; request=&lt;text&gt; details=&lt;details&gt; hash=&lt;hash&gt; seal=&lt;protect string&gt;
 * ...one line per entry...
 * end head=&lt;seq&gt;:&lt;hash&gt; seal=&lt;protect string&gt;
 * </pre>
 * Fields are separated by one space and always appear, in this order, as {@code name=value}. {@code anchor} is the
 * head the first entry follows ({@code 0:000…0} for a whole chain). Hashes are 64 lower-case hex digits; {@code at}
 * is ISO-8601 in UTC as {@link java.time.Instant#toString()} writes it; {@code outcome} is
 * {@link AuditOutcome#toText()}; {@code details} is {@link AuditDetails#toText()}; an absent optional field is empty
 * ({@code card=}). The trailer's seal covers the anchor and the head, so removing entries at the end, or the
 * trailer, is detected.
 *
 * <p>Free text ({@code <text>} and detail values) is percent-encoded so that a line shows what it holds: printable
 * ASCII other than space and {@code % , : =} is written as itself, and so is every code point from U+00A0 up except
 * those that render as nothing or as a space or that reorder text (U+00A0, U+00AD, U+034F, U+061C, U+115F–U+1160,
 * U+1680, U+180B–U+180F, U+2000–U+200F, U+2028–U+202F, U+205F–U+206F, U+3000, U+3164, U+FE00–U+FE0F, U+FEFF,
 * U+FFA0, U+FFF0–U+FFFF, U+1BCA0–U+1BCA3, U+E0000–U+E0FFF); every other character is written as {@code %XX},
 * upper-case hex, per UTF-8 byte. The rule depends on code point ranges only, never on a Unicode version.
 *
 * <p>Every item has exactly one valid rendering: a reader renders what it read and refuses a line that differs, so
 * any change to an export either makes a line unreadable or changes an entry, and both are reported at that
 * entry's position. No line is longer than {@value #MAX_LINE_BYTES} bytes, and readers stop at that bound.
 *
 * @since 0.1.0
 */
public final class AuditExport {

    /** The format name and version written on the first line. */
    public static final String FORMAT = ExportLines.FORMAT;

    /**
     * Longest line a reader accepts, in bytes. The bounds of {@link AuditRecord} and {@link AuditDetails} keep every
     * entry line below it (about 31 KiB at most, with every character escaped).
     */
    public static final int MAX_LINE_BYTES = ExportLines.MAX_LINE_BYTES;

    private AuditExport() {}

    /**
     * Writes an export: the header, one line per entry in the order given, and a trailer sealed by {@code sealer}.
     * The entries are written as they are, unchecked: a verifier will report any that are broken.
     *
     * @param out     where to write; flushed, not closed
     * @param anchor  the head the first entry follows: {@link AuditChainHead#GENESIS} for a whole chain
     * @param entries the entries, for example a database cursor ({@code stream::iterator})
     * @param sealer  the sealer of the trailer
     * @return the trailer written
     * @throws IOException                if writing fails
     * @throws DestroyedAuditKeyException if the sealer's key has been destroyed
     */
    public static AuditExportTrailer write(
            OutputStream out, AuditChainHead anchor, Iterable<? extends AuditEntry> entries, AuditSealer sealer)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(sealer, "sealer");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(ExportLines.header(anchor));
        writer.write('\n');
        AuditChainHead head = anchor;
        for (AuditEntry entry : entries) {
            writer.write(ExportLines.entry(entry));
            writer.write('\n');
            head = entry.head();
        }
        AuditExportTrailer trailer = new AuditExportTrailer(head, sealer.sealExport(anchor, head));
        writer.write(ExportLines.trailer(trailer));
        writer.write('\n');
        writer.flush();
        return trailer;
    }

    /**
     * Opens an export for reading and reads its header.
     *
     * @param in the export; read up to the end, not closed
     * @return a reader positioned before the first entry
     * @throws IOException                    if reading fails
     * @throws MalformedAuditExportException if the header is missing or malformed
     */
    public static AuditExportReader open(InputStream in) throws IOException {
        return new AuditExportReader(Objects.requireNonNull(in, "in"));
    }
}
