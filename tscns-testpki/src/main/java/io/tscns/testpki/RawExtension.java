package io.tscns.testpki;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An extension given as its DER-encoded value, for anything the other {@link CertificateSpec} fields do not model
 * (a private extension, a deliberately malformed value for a negative test, an unknown critical extension).
 *
 * @since 0.1.0
 */
public final class RawExtension {

    private final String oid;
    private final boolean critical;
    private final byte[] value;

    private RawExtension(String oid, boolean critical, byte[] value) {
        this.oid = oid;
        this.critical = critical;
        this.value = value;
    }

    /**
     * Creates the extension.
     *
     * @param oid      the extension OID in dotted form
     * @param critical whether it is critical
     * @param value    the DER encoding that goes inside extnValue's OCTET STRING (copied)
     * @return the extension
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the OID is not dotted
     */
    public static RawExtension of(String oid, boolean critical, byte[] value) {
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(value, "value");
        Checks.requireOid(oid, "extension OID");
        return new RawExtension(oid, critical, value.clone());
    }

    /**
     * Returns the extension OID.
     *
     * @return the OID
     */
    public String oid() {
        return oid;
    }

    /**
     * Tells whether the extension is critical.
     *
     * @return the criticality flag
     */
    public boolean critical() {
        return critical;
    }

    /**
     * Returns the DER value.
     *
     * @return a copy of the value
     */
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawExtension that
                && oid.equals(that.oid)
                && critical == that.critical
                && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(oid, critical, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "RawExtension[" + oid + (critical ? ", critical" : "") + ", "
                + HexFormat.of().formatHex(value) + "]";
    }
}
