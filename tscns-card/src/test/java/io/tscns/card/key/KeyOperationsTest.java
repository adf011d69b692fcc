package io.tscns.card.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.error.SecurityStatusNotSatisfiedException;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.profile.Quirk;
import io.tscns.card.profile.Quirks;
import io.tscns.card.profile.SigningMethod;
import io.tscns.card.transport.ScriptedTransport;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

class KeyOperationsTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    static final KeyPair RSA_1024 = generate(1024);
    static final KeyPair RSA_2048 = generate(2048);
    private static final Quirks CNS_1_1 = new Quirk.ExtendedLength(true).applyTo(Quirks.CNS_DEFAULTS);
    private static final byte[] CHALLENGE = "server nonce 42".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw RSA private-key operation the card performs. */
    static byte[] rawRsa(KeyPair keys, byte[] block) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/NoPadding");
            rsa.init(Cipher.DECRYPT_MODE, keys.getPrivate());
            return rsa.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verifies(KeyPair keys, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(keys.getPublic());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A script that starts with MSE RESTORE of SE 03 and MSE SET of key 01 for the confidentiality template. */
    static ScriptedTransport.Builder decipherPrepared() {
        return ScriptedTransport.builder().expect("0022F30300", "9000").expect("0022F1B803830101", "9000");
    }

    static byte[] block(int modulusBytes) {
        byte[] digestInfo = HashAlgorithm.SHA_256.digestInfo(HashAlgorithm.SHA_256.digest(CHALLENGE));
        return KeyOperations.pkcs1Type1(digestInfo, modulusBytes);
    }

    @Test
    void signsWithRsa1024ThroughOneShortDecipher() {
        byte[] block = block(128);
        byte[] signature = rawRsa(RSA_1024, block);
        ScriptedTransport card = decipherPrepared()
                .expect("002A808681" + "00" + HEX.formatHex(block) + "80", HEX.formatHex(signature) + "9000")
                .build();
        byte[] result = new KeyOperations(card, Quirks.CNS_DEFAULTS)
                .sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 1024);
        assertTrue(verifies(RSA_1024, CHALLENGE, result));
        card.assertComplete();
    }

    @Test
    void signsWithRsa2048ThroughCommandChainingWithoutExtendedLength() {
        byte[] data = concat(new byte[1], block(256));
        byte[] signature = rawRsa(RSA_2048, block(256));
        ScriptedTransport card = decipherPrepared()
                .expect("102A8086FF" + HEX.formatHex(Arrays.copyOf(data, 255)), "9000")
                .expect(
                        "002A808602" + HEX.formatHex(Arrays.copyOfRange(data, 255, 257)) + "00",
                        HEX.formatHex(signature) + "9000")
                .build();
        byte[] result = new KeyOperations(card, Quirks.CNS_DEFAULTS)
                .sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 2048);
        assertTrue(verifies(RSA_2048, CHALLENGE, result));
        card.assertComplete();
    }

    @Test
    void signsWithRsa2048InOneExtendedDecipherAndFallsBackToChaining() {
        byte[] data = concat(new byte[1], block(256));
        byte[] signature = rawRsa(RSA_2048, block(256));
        String extended = "002A8086000101" + HEX.formatHex(data) + "0100";
        ScriptedTransport card = decipherPrepared()
                .expect(extended, HEX.formatHex(signature) + "9000")
                .expect("0022F30300", "9000")
                .expect("0022F1B803830101", "9000")
                .expect(extended, "6700")
                .expect("0022F30300", "9000")
                .expect("0022F1B803830101", "9000")
                .expect("102A8086FF" + HEX.formatHex(Arrays.copyOf(data, 255)), "9000")
                .expect(
                        "002A808602" + HEX.formatHex(Arrays.copyOfRange(data, 255, 257)) + "00",
                        HEX.formatHex(signature) + "9000")
                .build();
        KeyOperations keys = new KeyOperations(card, CNS_1_1);
        byte[] digest = HashAlgorithm.SHA_256.digest(CHALLENGE);
        assertTrue(verifies(RSA_2048, CHALLENGE, keys.sign(HashAlgorithm.SHA_256, digest, 2048)));
        assertTrue(verifies(RSA_2048, CHALLENGE, keys.sign(HashAlgorithm.SHA_256, digest, 2048)));
        card.assertComplete();
    }

    @Test
    void signsWithPsoComputeDigitalSignatureWhenTheProfileSaysSo() {
        Quirks cds = new Quirk.Signing(SigningMethod.PSO_COMPUTE_DIGITAL_SIGNATURE).applyTo(Quirks.CNS_DEFAULTS);
        byte[] digestInfo = HashAlgorithm.SHA_256.digestInfo(HashAlgorithm.SHA_256.digest(CHALLENGE));
        byte[] signature = rawRsa(RSA_2048, block(256));
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("0022F30300", "9000")
                .expect("0022F1B603830101", "9000")
                .expect("002A9E9A33" + HEX.formatHex(digestInfo) + "00", HEX.formatHex(signature) + "9000")
                .build();
        byte[] result =
                new KeyOperations(card, cds).sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 2048);
        assertTrue(verifies(RSA_2048, CHALLENGE, result));
    }

    @Test
    void usesTheProfilesKeyReferenceAndSecurityEnvironment() {
        Quirks other =
                new Quirks(0x10, 0x11, 0x02, 0x30, java.util.Set.of(1024), false, SigningMethod.RAW_RSA_DECIPHER, 255);
        byte[] signature = rawRsa(RSA_1024, block(128));
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("0022F33000", "9000")
                .expect("0022F1B803830102", "9000")
                .expect("002A808681" + "00" + HEX.formatHex(block(128)) + "80", HEX.formatHex(signature) + "9000")
                .build();
        new KeyOperations(card, other).sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 1024);
        card.assertComplete();
    }

    @Test
    void withoutAVerifiedPinTheCardRefuses() {
        ScriptedTransport card = decipherPrepared()
                .expect("002A808681" + "00" + HEX.formatHex(block(128)) + "80", "6982")
                .build();
        assertThrows(
                SecurityStatusNotSatisfiedException.class,
                () -> new KeyOperations(card, Quirks.CNS_DEFAULTS)
                        .sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 1024));
    }

    @Test
    void aSignatureOfTheWrongLengthIsRefusedAndAShortOneIsPadded() {
        ScriptedTransport tooLong = decipherPrepared()
                .expect("002A808681" + "00" + HEX.formatHex(block(128)) + "80", "00".repeat(129) + "9000")
                .build();
        assertThrows(
                UnexpectedResponseException.class,
                () -> new KeyOperations(tooLong, Quirks.CNS_DEFAULTS)
                        .sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 1024));
        ScriptedTransport shortOne = decipherPrepared()
                .expect("002A808681" + "00" + HEX.formatHex(block(128)) + "80", "01".repeat(127) + "9000")
                .build();
        byte[] padded = new KeyOperations(shortOne, Quirks.CNS_DEFAULTS)
                .sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 1024);
        assertEquals(128, padded.length);
        assertEquals(0, padded[0]);
    }

    @Test
    void buildsThePkcs1Type1BlockOfRfc8017() {
        byte[] block = KeyOperations.pkcs1Type1(new byte[] {(byte) 0xAB, (byte) 0xCD}, 16);
        assertEquals("0001FFFFFFFFFFFFFFFFFFFFFF00ABCD", HEX.formatHex(block));
        assertThrows(IllegalArgumentException.class, () -> KeyOperations.pkcs1Type1(new byte[6], 16));
        assertThrows(IllegalArgumentException.class, () -> HashAlgorithm.SHA_256.digestInfo(new byte[20]));
        assertThrows(
                IllegalArgumentException.class,
                () -> new KeyOperations(ScriptedTransport.builder().build(), Quirks.CNS_DEFAULTS)
                        .sign(HashAlgorithm.SHA_256, new byte[32], 1020));
    }

    @Test
    void getChallengeRespectsTheCardsLimit() {
        Quirks idemia = new Quirk.ChallengeLimit(32).applyTo(Quirks.CNS_DEFAULTS);
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("0084000020", "11".repeat(32) + "9000")
                .expect("0084000008", "22".repeat(8) + "9000")
                .build();
        byte[] random = new KeyOperations(card, idemia).getChallenge(40);
        assertEquals("11".repeat(32) + "22".repeat(8), HEX.formatHex(random));
        ScriptedTransport stingy =
                ScriptedTransport.builder().expect("0084000008", "11229000").build();
        assertThrows(
                UnexpectedResponseException.class,
                () -> new KeyOperations(stingy, Quirks.CNS_DEFAULTS).getChallenge(8));
        assertThrows(
                IllegalArgumentException.class, () -> new KeyOperations(stingy, Quirks.CNS_DEFAULTS).getChallenge(0));
    }

    @Test
    void internalAuthenticateSetsTheAuthenticationTemplate() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("0022F30300", "9000")
                .expect("0022F1A403830101", "9000")
                .expect("0088000008010203040506070800".replace(" ", ""), "AABBCC9000")
                .build();
        assertArrayEquals(
                HEX.parseHex("AABBCC"),
                new KeyOperations(card, Quirks.CNS_DEFAULTS).internalAuthenticate(HEX.parseHex("0102030405060708")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new KeyOperations(card, Quirks.CNS_DEFAULTS).internalAuthenticate(new byte[0]));
    }

    @Test
    void theSizeLimitsOfTheKeyCommandsAreInclusive() {
        assertEquals(
                "0001FFFFFFFFFFFFFFFF000102030405",
                HEX.formatHex(KeyOperations.pkcs1Type1(HEX.parseHex("0102030405"), 16)));
        assertEquals(
                "a 6-byte DigestInfo does not fit a 128-bit key",
                assertThrows(IllegalArgumentException.class, () -> KeyOperations.pkcs1Type1(new byte[6], 16))
                        .getMessage());

        ScriptedTransport rsa512 = decipherPrepared()
                .expect("002A808641" + "00" + HEX.formatHex(block(64)) + "40", "02".repeat(64) + "9000")
                .build();
        assertEquals(
                "02".repeat(64),
                HEX.formatHex(new KeyOperations(rsa512, Quirks.CNS_DEFAULTS)
                        .sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 512)));
        for (int bits : new int[] {504, 4104, 1020}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new KeyOperations(ScriptedTransport.builder().build(), Quirks.CNS_DEFAULTS)
                            .sign(HashAlgorithm.SHA_256, new byte[32], bits));
        }
        // 4096 bits is allowed: the (empty) script, not the size check, stops the command.
        assertFalse(
                thrownBy(() -> new KeyOperations(ScriptedTransport.builder().build(), Quirks.CNS_DEFAULTS)
                                .sign(HashAlgorithm.SHA_256, new byte[32], 4096))
                        instanceof IllegalArgumentException);

        ScriptedTransport one =
                ScriptedTransport.builder().expect("0084000001", "AB9000").build();
        assertEquals("AB", HEX.formatHex(new KeyOperations(one, Quirks.CNS_DEFAULTS).getChallenge(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new KeyOperations(one, Quirks.CNS_DEFAULTS).getChallenge(KeyOperations.MAX_CHALLENGE + 1));
        assertFalse(
                thrownBy(() -> new KeyOperations(ScriptedTransport.builder().build(), Quirks.CNS_DEFAULTS)
                                .getChallenge(KeyOperations.MAX_CHALLENGE))
                        instanceof IllegalArgumentException);

        assertThrows(
                IllegalArgumentException.class,
                () -> new KeyOperations(one, Quirks.CNS_DEFAULTS).internalAuthenticate(new byte[256]));
        assertFalse(
                thrownBy(() -> new KeyOperations(ScriptedTransport.builder().build(), Quirks.CNS_DEFAULTS)
                                .internalAuthenticate(new byte[255]))
                        instanceof IllegalArgumentException);
    }

    @Test
    void aShortRawResultIsLeftPaddedToTheModulusAndAnOversizedOneIsNamed() {
        ScriptedTransport shortOne = decipherPrepared()
                .expect("002A808681" + "00" + HEX.formatHex(block(128)) + "80", "01".repeat(127) + "9000")
                .build();
        assertEquals(
                "00" + "01".repeat(127),
                HEX.formatHex(new KeyOperations(shortOne, Quirks.CNS_DEFAULTS)
                        .sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 1024)));
        ScriptedTransport tooLong = decipherPrepared()
                .expect("002A808681" + "00" + HEX.formatHex(block(128)) + "80", "00".repeat(129) + "9000")
                .build();
        assertEquals(
                "the card returned a 129-byte signature for a 1024-bit key; expected 128 bytes",
                assertThrows(
                                UnexpectedResponseException.class,
                                () -> new KeyOperations(tooLong, Quirks.CNS_DEFAULTS)
                                        .sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(CHALLENGE), 1024))
                        .getMessage());
    }

    private static Throwable thrownBy(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException | AssertionError e) {
            return e;
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
