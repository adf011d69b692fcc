package io.tscns.core.audit.internal;

import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditDetails;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditExportProblem;
import io.tscns.core.audit.AuditExportTrailer;
import io.tscns.core.audit.AuditHash;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.audit.AuditSeal;
import io.tscns.core.audit.InvalidAuditValueException;
import io.tscns.core.audit.MalformedAuditExportException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * Renders and reads the three kinds of line of the audit export (header, entry, trailer); the format is described
 * in {@code AuditExport}. Reading is strict: every line must be exactly what rendering its content gives, so each
 * item has one valid line. Every failure is a {@link MalformedAuditExportException} naming the line.
 */
public final class ExportLines {

    /** The format name and version written first on the header line. */
    public static final String FORMAT = "tscns-audit-export/1";

    /** Longest line accepted, in bytes; the longest entry line the record bounds allow is about 31 KiB. */
    public static final int MAX_LINE_BYTES = 32 * 1024;

    private static final String HEADER_PREFIX = FORMAT + " anchor=";
    private static final String TRAILER_PREFIX = "end ";
    private static final String[] ENTRY_FIELDS = {
        "seq", "prev", "at", "op", "operator", "card", "cf", "outcome", "request", "details", "hash", "seal"
    };
    private static final String[] TRAILER_FIELDS = {"head", "seal"};
    private static final int MAX_SEQUENCE_DIGITS = 19;

    private ExportLines() {}

    /**
     * Renders the header line.
     *
     * @param anchor the head the first entry follows
     * @return the line, without line feed
     */
    public static String header(AuditChainHead anchor) {
        return HEADER_PREFIX + anchor;
    }

    /**
     * Reads the header line.
     *
     * @param line   the line
     * @param number its 1-based number
     * @return the anchor
     * @throws MalformedAuditExportException if the line is not a canonical header
     */
    public static AuditChainHead parseHeader(String line, long number) {
        if (!line.startsWith(HEADER_PREFIX)) {
            throw new MalformedAuditExportException(number, new AuditExportProblem.BadHeader());
        }
        AuditChainHead anchor = head("anchor", line.substring(HEADER_PREFIX.length()), number);
        requireCanonical(line, header(anchor), number);
        return anchor;
    }

    /**
     * Tells whether a line is a trailer rather than an entry.
     *
     * @param line the line
     * @return {@code true} if it starts with {@code "end "}
     */
    public static boolean isTrailer(String line) {
        return line.startsWith(TRAILER_PREFIX);
    }

    /**
     * Renders the trailer line.
     *
     * @param trailer the trailer
     * @return the line, without line feed
     */
    public static String trailer(AuditExportTrailer trailer) {
        return TRAILER_PREFIX + "head=" + trailer.head() + " seal=" + trailer.seal();
    }

    /**
     * Reads the trailer line.
     *
     * @param line   the line
     * @param number its 1-based number
     * @return the trailer
     * @throws MalformedAuditExportException if the line is not a canonical trailer
     */
    public static AuditExportTrailer parseTrailer(String line, long number) {
        String[] values = fields(line.substring(TRAILER_PREFIX.length()), TRAILER_FIELDS, number);
        AuditChainHead head = head("head", values[0], number);
        AuditExportTrailer trailer = new AuditExportTrailer(head, seal(values[1], number));
        requireCanonical(line, trailer(trailer), number);
        return trailer;
    }

    /**
     * Renders an entry line.
     *
     * @param entry the entry
     * @return the line, without line feed
     */
    public static String entry(AuditEntry entry) {
        AuditRecord r = entry.record();
        StringBuilder sb = new StringBuilder(256);
        sb.append("seq=").append(entry.sequence());
        sb.append(" prev=").append(entry.previousHash().toHex());
        sb.append(" at=").append(r.instant());
        sb.append(" op=").append(r.operation());
        sb.append(" operator=");
        PercentText.encode(r.operatorId(), sb);
        sb.append(" card=");
        r.cardId().ifPresent(v -> PercentText.encode(v, sb));
        sb.append(" cf=");
        r.codiceFiscale().ifPresent(v -> PercentText.encode(v, sb));
        sb.append(" outcome=").append(r.outcome().toText());
        sb.append(" request=");
        r.requestId().ifPresent(v -> PercentText.encode(v, sb));
        sb.append(" details=").append(r.details().toText());
        sb.append(" hash=").append(entry.hash().toHex());
        sb.append(" seal=").append(entry.seal());
        return sb.toString();
    }

    /**
     * Reads an entry line.
     *
     * @param line   the line
     * @param number its 1-based number
     * @return the entry
     * @throws MalformedAuditExportException if the line is not a canonical entry line
     */
    public static AuditEntry parseEntry(String line, long number) {
        String[] v = fields(line, ENTRY_FIELDS, number);
        AuditEntry entry;
        try {
            AuditRecord record = new AuditRecord(
                    PercentText.decode("operatorId", v[4]),
                    instant(v[2], number),
                    v[3],
                    optional("cardId", v[5]),
                    optional("codiceFiscale", v[6]),
                    AuditOutcome.parse(v[7]),
                    optional("requestId", v[8]),
                    AuditDetails.parse(v[9]));
            entry = new AuditEntry(
                    sequence("seq", v[0], number),
                    AuditHash.parseHex(v[1]),
                    record,
                    AuditHash.parseHex(v[10]),
                    AuditSeal.parse(v[11]));
        } catch (InvalidAuditValueException e) {
            throw badField(e, number);
        }
        requireCanonical(line, entry(entry), number);
        return entry;
    }

    private static String[] fields(String line, String[] names, long number) {
        String[] tokens = line.split(" ", -1);
        if (tokens.length != names.length) {
            throw new MalformedAuditExportException(
                    number,
                    new AuditExportProblem.BadField(
                            "line",
                            "expected " + names.length + " fields separated by single spaces, found " + tokens.length));
        }
        String[] values = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            String prefix = names[i] + "=";
            if (!tokens[i].startsWith(prefix)) {
                throw new MalformedAuditExportException(
                        number,
                        new AuditExportProblem.BadField(names[i], "expected '" + prefix + "' as field " + (i + 1)));
            }
            values[i] = tokens[i].substring(prefix.length());
        }
        return values;
    }

    private static long sequence(String field, String text, long number) {
        boolean digits = !text.isEmpty() && text.length() <= MAX_SEQUENCE_DIGITS;
        for (int i = 0; digits && i < text.length(); i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (digits) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException tooLarge) {
                // reported below
            }
        }
        throw new MalformedAuditExportException(
                number, new AuditExportProblem.BadField(field, "expected a decimal sequence number up to 2^63-1"));
    }

    private static AuditChainHead head(String field, String text, long number) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new MalformedAuditExportException(
                    number, new AuditExportProblem.BadField(field, "expected <sequence>:<hash>"));
        }
        try {
            return new AuditChainHead(
                    sequence(field, text.substring(0, colon), number), AuditHash.parseHex(text.substring(colon + 1)));
        } catch (InvalidAuditValueException e) {
            throw badField(e, number);
        }
    }

    private static AuditSeal seal(String text, long number) {
        try {
            return AuditSeal.parse(text);
        } catch (InvalidAuditValueException e) {
            throw badField(e, number);
        }
    }

    private static Instant instant(String text, long number) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new MalformedAuditExportException(
                    number, new AuditExportProblem.BadField("at", "expected an ISO-8601 instant in UTC"));
        }
    }

    private static Optional<String> optional(String field, String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(PercentText.decode(field, text));
    }

    private static void requireCanonical(String line, String rendered, long number) {
        if (!line.equals(rendered)) {
            throw new MalformedAuditExportException(number, new AuditExportProblem.NotCanonical());
        }
    }

    private static MalformedAuditExportException badField(InvalidAuditValueException e, long number) {
        return new MalformedAuditExportException(number, new AuditExportProblem.BadField(e.field(), e.getMessage()));
    }
}
