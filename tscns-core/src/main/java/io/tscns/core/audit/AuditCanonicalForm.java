package io.tscns.core.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical encoding of an audit entry's content (<i>forma canonica</i>) and the entry hash computed over it.
 * It is specified here byte by byte so that an auditor can re-implement it in any language.
 *
 * <pre>
 * canonical = "TSAU"                 4 ASCII bytes
 *             version                1 byte, 0x01
 *             sequence               8 bytes, big-endian
 *             epoch second           8 bytes, big-endian, signed
 *             nanosecond             4 bytes, big-endian
 *             operation              str
 *             operatorId             str
 *             cardId                 opt
 *             codiceFiscale          opt
 *             outcome                1 byte: 0 succeeded, 1 refused, 2 failed; then str (the code) unless 0
 *             requestId              opt
 *             detail count           4 bytes, big-endian
 *             each detail, by key    str key, str value   (keys are ASCII, so UTF-16 order is byte order)
 * str       = length of the UTF-8 bytes, 4 bytes big-endian, then the UTF-8 bytes
 * opt       = 0x00 when absent; 0x01 then str when present
 *
 * entry hash = SHA-256(previous entry hash (32 bytes) || canonical)
 * </pre>
 *
 * Every variable-length part is length-prefixed and every optional part is tagged, so two different entries
 * never encode alike; well-formed Unicode (checked by {@link AuditRecord}) makes the UTF-8 step lossless.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class AuditCanonicalForm {

    /** The version byte of this encoding. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = {'T', 'S', 'A', 'U'};

    private AuditCanonicalForm() {}

    /**
     * Encodes a sequence number and a record.
     *
     * @param sequence the entry's sequence number
     * @param record   the record
     * @return the canonical bytes
     */
    public static byte[] encode(long sequence, AuditRecord record) {
        Writer out = new Writer();
        out.write(MAGIC, 0, MAGIC.length);
        out.write(VERSION);
        out.writeLong(sequence);
        out.writeLong(record.instant().getEpochSecond());
        out.writeInt(record.instant().getNano());
        out.writeString(record.operation());
        out.writeString(record.operatorId());
        out.writeOptional(record.cardId());
        out.writeOptional(record.codiceFiscale());
        AuditOutcome outcome = record.outcome();
        if (outcome instanceof AuditOutcome.Refused refused) {
            out.write(1);
            out.writeString(refused.reasonCode());
        } else if (outcome instanceof AuditOutcome.Failed failed) {
            out.write(2);
            out.writeString(failed.errorCode());
        } else {
            out.write(0);
        }
        out.writeOptional(record.requestId());
        out.writeInt(record.details().asMap().size());
        for (Map.Entry<String, String> detail : record.details().asMap().entrySet()) {
            out.writeString(detail.getKey());
            out.writeString(detail.getValue());
        }
        return out.toByteArray();
    }

    /**
     * Computes the hash of an entry: SHA-256 over the previous entry's hash and the canonical encoding.
     *
     * @param previous the hash of the entry before ({@link AuditHash#ZERO} before the first)
     * @param sequence the entry's sequence number
     * @param record   the record
     * @return the entry hash
     */
    public static AuditHash entryHash(AuditHash previous, long sequence, AuditRecord record) {
        MessageDigest sha256 = sha256();
        previous.writeTo(sha256);
        sha256.update(encode(sequence, record));
        return AuditHash.of(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest Javadoc).
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    /** A byte buffer with the big-endian and length-prefixed writes of the layout above. */
    private static final class Writer extends ByteArrayOutputStream {

        Writer() {
            super(256);
        }

        void writeInt(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void writeString(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            writeInt(utf8.length);
            write(utf8, 0, utf8.length);
        }

        void writeOptional(Optional<String> value) {
            if (value.isPresent()) {
                write(1);
                writeString(value.get());
            } else {
                write(0);
            }
        }
    }
}
