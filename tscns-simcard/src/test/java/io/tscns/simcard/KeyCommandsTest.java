package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

class KeyCommandsTest {

    private static final byte[] MESSAGE = "login challenge from a relying party".getBytes(StandardCharsets.US_ASCII);
    private static final String SHA256_DIGEST_INFO_PREFIX = "3031300D060960864801650304020105000420";

    private final CardProbe probe = new CardProbe(TestCards.card());

    private static byte[] digestInfo(byte[] message) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(message);
        byte[] prefix = HexFormat.of().parseHex(SHA256_DIGEST_INFO_PREFIX);
        byte[] out = Arrays.copyOf(prefix, prefix.length + hash.length);
        System.arraycopy(hash, 0, out, prefix.length, hash.length);
        return out;
    }

    private static byte[] type1Block(byte[] payload, int k) {
        byte[] block = new byte[k];
        block[1] = 1;
        Arrays.fill(block, 2, k - payload.length - 1, (byte) 0xFF);
        System.arraycopy(payload, 0, block, k - payload.length, payload.length);
        return block;
    }

    private boolean verifies(byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(probe.card().publicKey());
        verifier.update(MESSAGE);
        return verifier.verify(signature);
    }

    @Test
    void computeDigitalSignatureOverADigestInfoVerifies() throws GeneralSecurityException {
        probe.verifyPin();
        probe.expect(0x9000, "0022F30300");
        probe.expect(0x9000, "0022F1B603830101");
        byte[] signature = probe.expect(0x9000, CommandBytes.of(0, 0x2A, 0x9E, 0x9A, digestInfo(MESSAGE), 256));
        assertEquals(256, signature.length);
        assertTrue(verifies(signature));
    }

    @Test
    void computeDigitalSignatureOverAFullBlockIsRawRsa() throws GeneralSecurityException {
        probe.verifyPin();
        probe.expect(0x9000, "0022F1B603840181");
        byte[] block = type1Block(digestInfo(MESSAGE), 256);
        byte[] signature = probe.expect(0x9000, CommandBytes.of(0, 0x2A, 0x9E, 0x9A, block, 65536));
        assertTrue(verifies(signature));
    }

    @Test
    void openScSignsThroughChainedDecipher() throws GeneralSecurityException {
        // docs/pcsc.md §5: VERIFY, MSE RESTORE, MSE SET B8, then PSO DECIPHER in two chained short APDUs.
        probe.expect(0x9000, "00200010083132333435FFFFFF");
        probe.expect(0x9000, "0022F30300");
        probe.expect(0x9000, "0022F1B803830101");
        byte[] data = new byte[257];
        System.arraycopy(type1Block(digestInfo(MESSAGE), 256), 0, data, 1, 256);
        probe.expect(0x9000, CommandBytes.of(0x10, 0x2A, 0x80, 0x86, Arrays.copyOf(data, 255)));
        byte[] signature =
                probe.expect(0x9000, CommandBytes.of(0x00, 0x2A, 0x80, 0x86, Arrays.copyOfRange(data, 255, 257), 256));
        assertTrue(verifies(signature));
    }

    @Test
    void decipherReturnsTheRawRsaResult() throws GeneralSecurityException {
        Cipher encrypt = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        encrypt.init(Cipher.ENCRYPT_MODE, probe.card().publicKey());
        byte[] cryptogram = encrypt.doFinal(MESSAGE);
        probe.verifyPin();
        probe.expect(0x9000, "0022F1B803830101");
        byte[] data = new byte[1 + cryptogram.length];
        System.arraycopy(cryptogram, 0, data, 1, cryptogram.length);
        byte[] raw = probe.expect(0x9000, CommandBytes.of(0, 0x2A, 0x80, 0x86, data, 65536));
        assertEquals(256, raw.length);
        assertEquals(0x00, raw[0]);
        assertEquals(0x02, raw[1]); // PKCS#1 type 2: the host strips it
        assertArrayEquals(MESSAGE, Arrays.copyOfRange(raw, raw.length - MESSAGE.length, raw.length));
    }

    @Test
    void keyUseNeedsTheVerifiedPinAndASecurityEnvironment() throws GeneralSecurityException {
        byte[] sign = CommandBytes.of(0, 0x2A, 0x9E, 0x9A, digestInfo(MESSAGE), 256);
        probe.expect(0x9000, "0022F1B603830101");
        probe.expect(0x6982, sign);
        probe.verifyPin();
        probe.expect(0x9000, "0022F30300"); // RESTORE forgets the key
        probe.expect(0x6985, sign);
        probe.expect(0x6985, CommandBytes.of(0, 0x2A, 0x80, 0x86, new byte[257], 256));
        probe.expect(0x6985, CommandBytes.of(0, 0x88, 0, 0, MESSAGE, 256));
        probe.expect(0x9000, "0022F1B603830101");
        probe.card().reset(); // a reset forgets the PIN and the environment
        probe.expect(0x6982, sign);
    }

    @Test
    void decipherWithoutTheVerifiedPinIsRefused() {
        probe.expect(0x9000, "0022F1B803830101");
        byte[] data = new byte[257];
        data[2] = 0x01; // a block below the modulus, which the card would otherwise decipher
        probe.expect(0x6982, CommandBytes.of(0, 0x2A, 0x80, 0x86, data, 256));
        probe.verifyPin();
        probe.expect(0x9000, CommandBytes.of(0, 0x2A, 0x80, 0x86, data, 256));
    }

    @Test
    void internalAuthenticateWithoutTheVerifiedPinIsRefused() {
        probe.expect(0x9000, "0022F1A403830101");
        probe.expect(0x6982, CommandBytes.of(0, 0x88, 0, 0, MESSAGE, 256));
        probe.expect(0x6982, CommandBytes.of(0, 0x88, 0, 0x81, MESSAGE, 256));
        probe.expect(0x6982, CommandBytes.of(0, 0x88, 0, 0x01, MESSAGE, 256));
        probe.expect(0x63C2, CommandBytes.of(0, 0x20, 0, 0x10, TestCards.padded("99999")));
        probe.expect(0x6982, CommandBytes.of(0, 0x88, 0, 0x81, MESSAGE, 256)); // a wrong PIN clears the status
    }

    @Test
    void decipherOfTwoBytesChecksThePaddingIndicatorFirst() {
        probe.verifyPin();
        probe.expect(0x9000, "0022F1B803830101");
        probe.expect(0x6A80, CommandBytes.of(0, 0x2A, 0x80, 0x86, new byte[] {0x01, 0x00}, 256));
        probe.expect(0x6700, CommandBytes.of(0, 0x2A, 0x80, 0x86, new byte[] {0x00, 0x00}, 256));
        probe.expect(0x6700, CommandBytes.of(0, 0x2A, 0x80, 0x86, new byte[] {0x00}, 256));
    }

    @Test
    void manageSecurityEnvironmentRefusesWhatTheCardDoesNotHave() {
        probe.expect(0x6A88, "0022F1B603830102"); // no key 02
        probe.expect(0x6A80, "0022F1B603850101"); // unknown tag
        probe.expect(0x6A80, "0022F1B6028301"); // truncated TLV
        probe.expect(0x6A80, "0022F1B603800102"); // no key reference
        probe.expect(0x6A80, "0022F1B60483020101".replace(" ", "")); // a two-byte key reference
        probe.expect(0x6A86, "0022F1AA03830101"); // unknown template
        probe.expect(0x6A86, "002281B603830101"); // verification side only
        probe.expect(0x6A86, "0022F2B603830101"); // STORE
        probe.expect(0x6A88, "0022F30100"); // only environment 03
        probe.expect(0x6700, "0022F1B6");
        probe.expect(0x9000, "0022F1B606800102830101"); // algorithm reference accepted
        probe.expect(0x9000, "0022F303"); // RESTORE without OpenSC's trailing byte
    }

    @Test
    void internalAuthenticateSignsTheChallengeWithType1Padding() throws GeneralSecurityException {
        probe.verifyPin();
        probe.expect(0x9000, "0022F1A403830101");
        byte[] viaEnvironment = probe.expect(0x9000, CommandBytes.of(0, 0x88, 0, 0, MESSAGE, 256));
        byte[] viaReference = probe.expect(0x9000, CommandBytes.of(0, 0x88, 0, 0x81, MESSAGE, 256));
        Cipher publicOp = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        publicOp.init(Cipher.DECRYPT_MODE, probe.card().publicKey());
        assertArrayEquals(MESSAGE, publicOp.doFinal(viaEnvironment));
        assertArrayEquals(viaEnvironment, viaReference);
        probe.expect(0x6A88, CommandBytes.of(0, 0x88, 0, 0x02, MESSAGE, 256));
        probe.expect(0x6A86, CommandBytes.of(0, 0x88, 1, 0, MESSAGE, 256));
        probe.expect(0x6700, CommandBytes.of(0, 0x88, 0, 0, new byte[246], 256)); // longer than k - 11
    }

    @Test
    void fullBlockAtOrAboveTheModulusIsRefused() {
        probe.verifyPin();
        probe.expect(0x9000, "0022F1B603830101");
        probe.expect(0x9000, "0022F1B803830101");
        byte[] tooBig = new byte[256];
        Arrays.fill(tooBig, (byte) 0xFF);
        probe.expect(0x6A80, CommandBytes.of(0, 0x2A, 0x9E, 0x9A, tooBig, 65536));
        probe.expect(0x6A80, CommandBytes.of(0, 0x2A, 0x80, 0x86, concat(new byte[] {1}, new byte[256]), 65536));
        probe.expect(0x6700, CommandBytes.of(0, 0x2A, 0x80, 0x86, new byte[200], 65536));
        probe.expect(0x6A86, CommandBytes.of(0, 0x2A, 0x9E, 0x9B, new byte[20], 256));
    }

    @Test
    void longResponsesWaitForGetResponse() throws GeneralSecurityException {
        probe.verifyPin();
        probe.expect(0x9000, "0022F1B603830101");
        Response first = probe.send(CommandBytes.of(0, 0x2A, 0x9E, 0x9A, digestInfo(MESSAGE), 0x80));
        assertEquals(0x6180, first.sw());
        assertEquals(0x80, first.dataLength());
        Response rest = probe.send("00C0000000");
        assertEquals(0x9000, rest.sw());
        assertTrue(verifies(concat(first.data(), rest.data())));
        probe.expect(0x6985, "00C0000000"); // nothing left
        Response noLe = probe.send(CommandBytes.of(0, 0x2A, 0x9E, 0x9A, digestInfo(MESSAGE)));
        assertEquals(0x6100, noLe.sw()); // 256 bytes waiting
        probe.expect(0x9000, "00A4000C023F00"); // another command drops them
        probe.expect(0x6985, "00C0000000");
    }

    @Test
    void getChallengeReturnsFreshRandomBytes() {
        byte[] a = probe.expect(0x9000, "0084000008");
        byte[] b = probe.expect(0x9000, "0084000008");
        assertEquals(8, a.length);
        assertFalse(Arrays.equals(a, b));
        assertEquals(256, probe.expect(0x9000, "0084000000").length);
        probe.expect(0x6700, "00840000");
        probe.expect(0x6A86, "0084010008");
    }

    @Test
    void chainingIsOnlyForKeyOperationsAndMustNotBeInterrupted() {
        probe.expect(0x6884, "10A4000C023F00");
        probe.expect(0x9000, CommandBytes.of(0x10, 0x2A, 0x80, 0x86, new byte[100]));
        probe.expect(0x6883, "00A4000C023F00"); // interrupts the chain, which is dropped
        probe.expect(0x9000, "00A4000C023F00");
        for (int i = 0; i < 4; i++) {
            probe.expect(0x9000, CommandBytes.of(0x10, 0x2A, 0x80, 0x86, new byte[255]));
        }
        probe.expect(0x6700, CommandBytes.of(0x10, 0x2A, 0x80, 0x86, new byte[255])); // over 1024 bytes
    }

    @Test
    void rsa1024CardSignsWithA128ByteKey() throws GeneralSecurityException {
        CardProbe small = new CardProbe(TestCards.card(SimulatedProfile.RSA_1024));
        small.verifyPin();
        small.expect(0x9000, "0022F1B803830101");
        byte[] data = concat(new byte[1], type1Block(digestInfo(MESSAGE), 128));
        byte[] signature = small.expect(0x9000, CommandBytes.of(0, 0x2A, 0x80, 0x86, data, 256));
        assertEquals(128, signature.length);
        RSAPublicKey key = small.card().publicKey();
        byte[] recovered = new BigInteger(1, signature)
                .modPow(key.getPublicExponent(), key.getModulus())
                .toByteArray();
        assertArrayEquals(Arrays.copyOfRange(data, 2, data.length), recovered);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
