package io.tscns.card;

import io.tscns.card.fs.CnsFileSystem;
import io.tscns.card.transport.ScriptedTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;

/**
 * The reference card of the APDU-count acceptance test: EF.ID_Carta {@code 6120123456789000}, the worked example
 * of EF.Dati_personali ({@code docs/card.md §2.3}) padded with zeros to 400 bytes, and a 2 023-byte authentication
 * certificate with its test-only RSA-2048 key. Builds the exact exchanges a {@link ScriptedTransport} expects.
 */
public final class ReferenceCard {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** CNS 1.0, STIncard mask (PIN reference 90), short APDUs only: CRS Lombardia. */
    public static final String ATR_SHORT = "3BFF1800FF8131FE55006B02090200011101434E531031808F";
    /** CNS 1.1, IDEMIA mask (PIN reference 10), extended length: the recommended simulator ATR. */
    public static final String ATR_EXTENDED = "3BFF1800008131FE45006B11050700011101434E531131807B";
    /** The card id. */
    public static final String CARD_ID = "6120123456789000";
    /** The worked example of docs/card.md §2.3 (101 characters of text). */
    public static final String PERSONAL_DATA_TEXT = "0000650461200801022024080102203005ROSSI05MARIO080101198001M0010"
            + "RSSMRA80A01H501U0004H501000004H5010000";

    public static final byte[] CERTIFICATE = resource("reference-auth-cert.der");
    public static final byte[] PERSONAL_DATA =
            Arrays.copyOf(PERSONAL_DATA_TEXT.getBytes(StandardCharsets.US_ASCII), 400);
    public static final byte[] CARD_ID_FILE = CARD_ID.getBytes(StandardCharsets.US_ASCII);

    private ReferenceCard() {}

    static byte[] resource(String name) {
        try (InputStream in = ReferenceCard.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the certificate. */
    public static X509Certificate certificate() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(CERTIFICATE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Computes what the card's key computes for a PSO DECIPHER of a full-length block: raw RSA. */
    public static byte[] rawRsa(byte[] block) {
        try {
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(resource("reference-auth-key-TEST-ONLY.pk8")));
            Cipher rsa = Cipher.getInstance("RSA/ECB/NoPadding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            return rsa.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the data of the PSO DECIPHER that signs a SHA-256 digest with the 2048-bit reference key: the padding
     * indicator 00, then the PKCS#1 v1.5 type-1 block of the DigestInfo.
     *
     * @param digest the SHA-256 digest
     * @return 257 bytes
     */
    public static byte[] decipherData(byte[] digest) {
        byte[] digestInfo = io.tscns.card.key.HashAlgorithm.SHA_256.digestInfo(digest);
        byte[] data = new byte[257];
        data[2] = 0x01;
        Arrays.fill(data, 3, data.length - digestInfo.length - 1, (byte) 0xFF);
        System.arraycopy(digestInfo, 0, data, data.length - digestInfo.length, digestInfo.length);
        return data;
    }

    /**
     * Adds SELECT with FCI and the READ BINARY commands the SDK sends for one file.
     *
     * @param script        the script
     * @param pathWithoutMf the path after 3F00 in hexadecimal, e.g. {@code "10001003"}
     * @param content       the file
     * @param extended      whether the SDK reads a file over 256 bytes in one extended APDU
     * @return the number of exchanges added
     */
    public static int selectAndRead(
            ScriptedTransport.Builder script, String pathWithoutMf, byte[] content, boolean extended) {
        script.expect(
                "00A4080004" + pathWithoutMf + "00",
                String.format("6F0A 8002%04X 8201 01 8A01 05 9000", content.length)
                        .replace(" ", ""));
        if (extended && content.length > 256) {
            script.expect(String.format("00B0000000%04X", content.length), HEX.formatHex(content) + "9000");
            return 2;
        }
        int exchanges = 1;
        for (int offset = 0; offset < content.length; offset += CnsFileSystem.SHORT_READ) {
            int length = Math.min(CnsFileSystem.SHORT_READ, content.length - offset);
            script.expect(
                    String.format("00B0%04X%02X", offset, length),
                    HEX.formatHex(Arrays.copyOfRange(content, offset, offset + length)) + "9000");
            exchanges++;
        }
        return exchanges;
    }

    /** Adds the check that it is the same card: EF.ID_Carta's select and read. */
    public static int cardId(ScriptedTransport.Builder script, boolean extended) {
        return selectAndRead(script, "10001003", CARD_ID_FILE, extended);
    }

    /** Adds everything readIdentity() sends to an uncached card. */
    public static int identity(ScriptedTransport.Builder script, boolean extended) {
        return cardId(script, extended)
                + selectAndRead(script, "11001102", PERSONAL_DATA, extended)
                + selectAndRead(script, "11001101", CERTIFICATE, extended);
    }
}
