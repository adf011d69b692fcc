package io.tscns.simcard.internal;

import java.io.ByteArrayOutputStream;

/**
 * Encodes the file control information a SELECT returns, laid out like the real TS-CNS trace in
 * {@code docs/card.md §1.2}:
 *
 * <ul>
 *   <li>EF: {@code 80 02 <size>}, {@code 82 03 <descriptor> 00 00}, {@code 83 02 <FID>}, {@code 85 01 01},
 *       {@code 86 09 <nine access conditions>}, {@code 8A 01 05} (activated), {@code CB 18 <24 x FF>};</li>
 *   <li>DF: {@code 82 03 38 00 00}, {@code 84 <AID>} for an application, {@code 83 02 <FID>},
 *       {@code 86 09 <nine access conditions>}, {@code 8A 01 05}.</li>
 * </ul>
 *
 * The template tag is {@code 6F} (FCI, P2 = 00) or {@code 62} (FCP, P2 = 04); OpenSC accepts only these two.
 */
public final class FciEncoder {

    /** Number of access-condition bytes in tag {@code 86}. */
    public static final int SECURITY_ATTRIBUTE_COUNT = 9;

    /** Template tag of the file control information (answer to P2 = 00). */
    public static final int FCI_TEMPLATE = 0x6F;
    /** Template tag of the file control parameters (answer to P2 = 04). */
    public static final int FCP_TEMPLATE = 0x62;

    private static final int DF_DESCRIPTOR = 0x38;
    private static final int LIFE_CYCLE_ACTIVATED = 0x05;
    private static final int PROPRIETARY_CB_LENGTH = 24;

    private FciEncoder() {}

    /**
     * Encodes the control information of a file.
     *
     * @param file     the file
     * @param template {@link #FCI_TEMPLATE} or {@link #FCP_TEMPLATE}
     * @return the complete template, tag and length included
     */
    public static byte[] encode(FileNode file, int template) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(64);
        if (file instanceof ElementaryFile ef) {
            tlv(body, 0x80, new byte[] {(byte) (ef.size() >>> 8), (byte) ef.size()});
            tlv(body, 0x82, new byte[] {(byte) ef.structure().descriptor(), 0, 0});
            tlv(body, 0x83, fid(ef));
            tlv(body, 0x85, new byte[] {1});
            tlv(body, 0x86, ef.securityAttributes());
            tlv(body, 0x8A, new byte[] {LIFE_CYCLE_ACTIVATED});
            byte[] proprietary = new byte[PROPRIETARY_CB_LENGTH];
            java.util.Arrays.fill(proprietary, (byte) 0xFF);
            tlv(body, 0xCB, proprietary);
        } else {
            tlv(body, 0x82, new byte[] {DF_DESCRIPTOR, 0, 0});
            byte[] name = ((DedicatedFile) file).name();
            if (name.length > 0) {
                tlv(body, 0x84, name);
            }
            tlv(body, 0x83, fid(file));
            tlv(body, 0x86, file.securityAttributes());
            tlv(body, 0x8A, new byte[] {LIFE_CYCLE_ACTIVATED});
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 2);
        tlv(out, template, body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] fid(FileNode file) {
        return new byte[] {(byte) (file.fid() >>> 8), (byte) file.fid()};
    }

    private static void tlv(ByteArrayOutputStream out, int tag, byte[] value) {
        // Every value here is shorter than 128 bytes, so the one-byte length form always applies.
        out.write(tag);
        out.write(value.length);
        out.writeBytes(value);
    }
}
