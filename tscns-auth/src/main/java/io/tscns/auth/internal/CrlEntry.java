package io.tscns.auth.internal;

import java.util.Arrays;

/**
 * Parses one revokedCertificates entry (RFC 5280 §5.1.2.6) in place in the streaming reader's buffer: serial number,
 * revocation date, and the reasonCode, invalidityDate and certificateIssuer entry extensions, without creating an
 * object. A million entries must not cost a million objects.
 */
final class CrlEntry {

    private static final int MAX_SERIAL_OCTETS = 64;

    private CrlEntry() {}

    /**
     * Parses one entry's content {@code buf[p..e)} into the index.
     *
     * @param buf     the buffer
     * @param p       the first content byte
     * @param e       one past the last content byte
     * @param shift   what turns a buffer index into an absolute offset
     * @param entries where the entry goes
     */
    static void parse(byte[] buf, int p, int e, long shift, SerialIndex.Builder entries) {
        if (p + 2 > e || buf[p] != Der.INTEGER) {
            throw DerException.malformed(shift + p, "CRL entry does not start with the serial number");
        }
        long packed = Der.length(buf, p + 1, e - p - 1, shift + p + 1);
        int serialLength = (int) packed;
        int serialStart = p + 1 + (int) (packed >>> 32);
        if (serialLength > e - serialStart) {
            throw DerException.malformed(shift + p, "serial number overruns its CRL entry");
        }
        Integers.check(buf, serialStart, serialLength, MAX_SERIAL_OCTETS, shift + p, "serial number");
        p = serialStart + serialLength;
        if (p + 2 > e) {
            throw DerException.malformed(shift + p, "CRL entry has no revocation date");
        }
        int timeTag = buf[p] & 0xFF;
        int timeLength = buf[p + 1] & 0xFF;
        if (timeLength > e - p - 2) {
            throw DerException.malformed(shift + p, "revocation date overruns its CRL entry");
        }
        long date = DerTime.epochSecond(timeTag, buf, p + 2, timeLength, shift + p);
        p += 2 + timeLength;
        byte reason = SerialIndex.NO_REASON;
        long invalidity = SerialIndex.NO_DATE;
        if (p < e) {
            // Parsed in place: a million entries must not cost an object each.
            long list = tlv(buf, p, e, Der.SEQUENCE, shift, "crlEntryExtensions");
            int q = (int) (list >>> 32);
            int listEnd = q + (int) list;
            if (listEnd != e) {
                throw DerException.malformed(shift + listEnd, "unexpected bytes after crlEntryExtensions");
            }
            if (q == listEnd) {
                throw DerException.malformed(shift + p, "crlEntryExtensions is empty");
            }
            boolean seenReason = false;
            boolean seenInvalidity = false;
            while (q < listEnd) {
                long at = shift + q;
                long extension = tlv(buf, q, listEnd, Der.SEQUENCE, shift, "entry extension");
                int r = (int) (extension >>> 32);
                int extensionEnd = r + (int) extension;
                long oid = tlv(buf, r, extensionEnd, Der.OID, shift, "extnID");
                int oidStart = (int) (oid >>> 32);
                int oidLength = (int) oid;
                r = oidStart + oidLength;
                boolean critical = false;
                if (r < extensionEnd && buf[r] == Der.BOOLEAN) {
                    long flag = tlv(buf, r, extensionEnd, Der.BOOLEAN, shift, "critical");
                    int flagAt = (int) (flag >>> 32);
                    if ((int) flag != 1 || (buf[flagAt] != 0 && buf[flagAt] != (byte) 0xFF)) {
                        throw DerException.malformed(shift + r, "critical is not a DER BOOLEAN");
                    }
                    critical = buf[flagAt] != 0;
                    r = flagAt + 1;
                }
                long value = tlv(buf, r, extensionEnd, Der.OCTET_STRING, shift, "extnValue");
                int valueStart = (int) (value >>> 32);
                int valueLength = (int) value;
                if (valueStart + valueLength != extensionEnd) {
                    throw DerException.malformed(at, "unexpected bytes in an entry extension");
                }
                int kind =
                        oidLength == 3 && buf[oidStart] == 0x55 && buf[oidStart + 1] == 0x1D ? buf[oidStart + 2] : -1;
                if (kind == 0x15) {
                    if (seenReason) {
                        throw DerException.malformed(at, "reasonCode appears twice");
                    }
                    seenReason = true;
                    reason = reasonCode(buf, valueStart, valueLength, shift + valueStart);
                } else if (kind == 0x18) {
                    if (seenInvalidity) {
                        throw DerException.malformed(at, "invalidityDate appears twice");
                    }
                    seenInvalidity = true;
                    if (valueLength != 17 || buf[valueStart] != Der.GENERALIZED_TIME || buf[valueStart + 1] != 15) {
                        throw DerException.malformed(shift + valueStart, "invalidityDate is not a GeneralizedTime");
                    }
                    invalidity = DerTime.epochSecond(Der.GENERALIZED_TIME, buf, valueStart + 2, 15, shift + valueStart);
                } else if (kind == 0x1D) {
                    throw new CrlFailure(
                            CrlFailure.Kind.UNSUPPORTED_FEATURE,
                            "",
                            "certificateIssuer entry extension (indirect CRL)");
                } else if (critical) {
                    throw new CrlFailure(
                            CrlFailure.Kind.UNKNOWN_CRITICAL_ENTRY_EXTENSION,
                            "",
                            Oids.dotted(Arrays.copyOfRange(buf, oidStart, oidStart + oidLength), at));
                }
                q = extensionEnd;
            }
        }
        entries.add(buf, serialStart, serialLength, date, reason, invalidity);
    }

    private static byte reasonCode(byte[] buf, int from, int length, long at) {
        if (length != 3 || buf[from] != Der.ENUMERATED || buf[from + 1] != 1) {
            throw DerException.malformed(at, "reasonCode is not a one-octet ENUMERATED");
        }
        int code = buf[from + 2];
        if (code < 0 || code > 10 || code == 7) {
            throw DerException.malformed(at, "reasonCode " + code + " is not a CRLReason (0-6, 8-10)");
        }
        return (byte) code;
    }

    /**
     * Reads the header of an element inside {@code buf[p..end)} in place.
     *
     * @return the content start in the high 32 bits and the content length in the low 32 bits
     */
    private static long tlv(byte[] buf, int p, int end, int tag, long shift, String what) {
        if (end - p < 2) {
            throw DerException.malformed(shift + p, what + " is missing or cut short");
        }
        if ((buf[p] & 0xFF) != tag) {
            throw DerException.malformed(
                    shift + p, String.format("%s has tag %02X; expected %02X", what, buf[p] & 0xFF, tag));
        }
        long packed = Der.length(buf, p + 1, end - p - 1, shift + p + 1);
        int start = p + 1 + (int) (packed >>> 32);
        int length = (int) packed;
        if (length > end - start) {
            throw DerException.malformed(shift + p, what + " overruns its parent element");
        }
        return ((long) start << 32) | length;
    }
}
