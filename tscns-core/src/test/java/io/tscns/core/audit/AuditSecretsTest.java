package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secrets stay out of the audit trail (a detail cannot carry one by type or by key name) and the sealing keys stay
 * out of every string the audit types produce, and are wiped when destroyed.
 */
class AuditSecretsTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final String PIN = "48213";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pin",
                "new_pin",
                "newpin",
                "old-pin",
                "pin2",
                "puk",
                "puk.2",
                "cip",
                "user.cip",
                "password",
                "operator_password",
                "passwd",
                "pwd",
                "otp",
                "token",
                "access_token",
                "secret",
                "client_secret",
                "passphrase",
                "hmac_key",
                "private-key",
                "key.private",
                "privatekey",
                "api_key",
                "codice_segreto",
                "chiave_privata",
                "credentials",
                "pin_retries"
            })
    void aDetailWhoseKeyNamesASecretIsRefusedAndTheValueIsNotRepeated(String key) {
        InvalidAuditValueException e = assertThrows(
                InvalidAuditValueException.class, () -> AuditDetails.builder().put(key, PIN));
        assertEquals(InvalidAuditValueException.Reason.NAMES_A_SECRET, e.reason());
        assertFalse(e.getMessage().contains(PIN), e.getMessage());
        assertThrows(InvalidAuditValueException.class, () -> AuditDetails.parse(key + ":" + PIN));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mode",
                "channel",
                "delivery_channel",
                "retries_left",
                "idempotency_key",
                "key_id",
                "principal",
                "birth_municipality",
                "recipient",
                "shipping",
                "spinner",
                "keyboard",
                "document.type",
                "delegate.cf",
                "privacy_flag",
                "pinned"
            })
    void ordinaryKeysAreAccepted(String key) {
        assertEquals(PIN, AuditDetails.builder().put(key, PIN).build().get(key).orElseThrow());
    }

    @Test
    void detailsTakeOnlyStringsNumbersAndFlagsSoNoSecretObjectOrCharArrayFitsIn() {
        Set<Class<?>> allowedValueTypes = Set.of(String.class, long.class, boolean.class);
        List<Method> puts = Arrays.stream(AuditDetails.Builder.class.getMethods())
                .filter(m -> m.getName().startsWith("put"))
                .toList();
        assertEquals(3, puts.size());
        for (Method put : puts) {
            assertEquals(String.class, put.getParameterTypes()[0]);
            assertTrue(allowedValueTypes.contains(put.getParameterTypes()[1]), put.toString());
        }
        for (Method m : AuditDetails.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getName().equals("of")) {
                assertEquals(List.of(java.util.Map.class), List.of(m.getParameterTypes()));
            }
        }
    }

    @Test
    void keyMaterialAppearsInNoStringTheAuditTypesProduce() throws IOException {
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        AuditKey key = AuditKey.of("kx", material);
        AuditKeyRing ring = AuditKeyRing.of(key);
        AuditSealer sealer = new AuditSealer(key);
        AuditChain chain = AuditChain.start(sealer);
        AuditEntry entry = chain.append(AuditFixtures.record("op", 1));
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        chain.exportTo(export);
        AuditVerification verification =
                new AuditVerifier(ring).verifyExport(new ByteArrayInputStream(export.toByteArray()));
        InvalidAuditValueException shortKey =
                assertThrows(InvalidAuditValueException.class, () -> AuditKey.of("ky", Arrays.copyOf(material, 16)));
        key.destroy();
        DestroyedAuditKeyException destroyed =
                assertThrows(DestroyedAuditKeyException.class, () -> chain.append(AuditFixtures.record("op", 2)));

        List<String> texts = List.of(
                key.toString(),
                ring.toString(),
                sealer.toString(),
                entry.toString(),
                export.toString(java.nio.charset.StandardCharsets.UTF_8),
                verification.toString(),
                shortKey.getMessage(),
                destroyed.getMessage());
        List<String> forms = List.of(
                HexFormat.of().formatHex(material),
                HexFormat.of().withUpperCase().formatHex(material),
                Base64.getEncoder().encodeToString(material),
                Arrays.toString(material),
                new String(material, java.nio.charset.StandardCharsets.ISO_8859_1));
        for (String text : texts) {
            for (String form : forms) {
                assertFalse(text.contains(form.substring(0, form.length() / 2)), text);
            }
        }
        assertEquals("AuditKey[kx, destroyed]", key.toString());
        assertEquals("AuditKeyRing[kx]", ring.toString());
        assertEquals("AuditSealer[kx]", sealer.toString());
    }

    @Test
    void destroyingAKeyZeroesItsMaterialAndStopsSealingAndVerifying() throws Exception {
        AuditKey key = AuditKey.of("kd", AuditFixtures.filled(32, 0x7F));
        List<AuditEntry> chain =
                List.of(new AuditSealer(key).seal(AuditChainHead.GENESIS, AuditFixtures.record("op", 1)));
        AuditKeyRing ring = AuditKeyRing.of(key);

        ring.close();

        assertTrue(key.isDestroyed());
        Field material = AuditKey.class.getDeclaredField("material");
        material.setAccessible(true);
        assertArrayEquals(new byte[32], (byte[]) material.get(key));
        assertEquals(
                "kd",
                assertThrows(
                                DestroyedAuditKeyException.class,
                                () -> new AuditSealer(key).seal(AuditChainHead.GENESIS, AuditFixtures.record("op", 1)))
                        .keyId());
        assertThrows(DestroyedAuditKeyException.class, () -> new AuditVerifier(ring).verify(chain));
    }

    @Test
    void theCallersArrayIsCopiedSoWipingItDoesNotBreakTheKey() {
        byte[] material = AuditFixtures.filled(32, 0x42);
        AuditKey key = AuditKey.of("kc", material);
        AuditEntry entry = new AuditSealer(key).seal(AuditChainHead.GENESIS, AuditFixtures.record("op", 1));
        Arrays.fill(material, (byte) 0);
        assertTrue(
                new AuditVerifier(AuditKeyRing.of(key)).verify(List.of(entry)).isIntact());
    }

    @Test
    void generatedKeysSealAndVerifyAndRingsRefuseDuplicateIds() {
        AuditKey generated = AuditKey.generate("kg", new SecureRandom());
        AuditEntry entry = new AuditSealer(generated).seal(AuditChainHead.GENESIS, AuditFixtures.record("op", 1));
        assertTrue(
                new AuditVerifier(AuditKeyRing.of(generated)).verifyEntry(entry).isIntact());
        assertEquals(
                InvalidAuditValueException.Reason.DUPLICATE,
                assertThrows(
                                InvalidAuditValueException.class,
                                () -> AuditKeyRing.of(AuditFixtures.key1(), AuditFixtures.key1()))
                        .reason());
        assertEquals(
                InvalidAuditValueException.Reason.SYNTAX,
                assertThrows(
                                InvalidAuditValueException.class,
                                () -> AuditKey.of("bad:id", AuditFixtures.KEY_1_MATERIAL))
                        .reason());
    }
}
