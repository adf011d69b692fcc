package io.tscns.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.ApduExchange;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.vpcd.VirtualReader;
import io.tscns.test.junit.WithPcscd;
import io.tscns.testpki.KeyPairSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OpenSC 0.23, the independent judge, against cards of the card factory (certificates from the test PKI) behind the
 * real pcscd + vpcd, for every profile (issue 4 acceptance). No driver is forced: every other OpenSC driver sends its
 * matching APDUs first and must be turned away.
 */
@WithPcscd
class OpenScInteropIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(2024)).build();

    private final List<ApduExchange> exchanges = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void tools() {
        OpenScTools.requireInstalled();
    }

    private IssuedCard insert(VirtualReader reader, SimulatedProfile profile) {
        IssuedCard issued = FACTORY.issue(CardHolder.example(), profile);
        issued.card().addListener(exchanges::add);
        reader.insert(issued.card(), TIMEOUT);
        return issued;
    }

    private static String pin(IssuedCard issued) {
        return new String(issued.pin().toCharArray());
    }

    private List<ApduExchange> sent(int ins) {
        return exchanges.stream().filter(e -> e.ins() == ins).toList();
    }

    @ParameterizedTest
    @EnumSource(
            value = SimulatedProfile.class,
            names = {"CLASSIC", "STINCARD", "RSA_1024"})
    void openscToolNamesTheItalianCnsDriver(SimulatedProfile profile, VirtualReader reader) {
        insert(reader, profile);
        String output = OpenScTools.run("opensc-tool", "--reader", reader.name(), "-v", "--name")
                .requireSuccess()
                .output();
        assertTrue(output.contains("Using card driver Italian CNS."), output);
        assertTrue(output.contains("CNS card"), output);
        assertTrue(
                sent(0xA4).stream().filter(e -> e.p1() == 0x04).allMatch(e -> e.sw() == 0x6A82),
                "every driver-matching SELECT by AID was refused");
    }

    @ParameterizedTest
    @EnumSource(
            value = SimulatedProfile.class,
            names = {"CLASSIC", "STINCARD", "RSA_1024"})
    void pkcs15DumpShowsTheCardIdAndTheHolder(SimulatedProfile profile, VirtualReader reader) {
        IssuedCard issued = insert(reader, profile);
        String output = OpenScTools.run("pkcs15-tool", "--reader", reader.name(), "--dump")
                .requireSuccess()
                .output();
        assertTrue(output.contains("PKCS#15 Card [" + issued.holder().displayName() + "]"), output);
        assertTrue(output.contains("Serial number  : " + issued.cardId().value()), output);
        assertTrue(output.contains("ModLength      : " + profile.keySizeBits()), output);
        assertTrue(output.contains("X.509 Certificate [CNS0]"), output);
        String serial = OpenScTools.run("opensc-tool", "--reader", reader.name(), "--serial")
                .requireSuccess()
                .output();
        assertTrue(serial.contains(issued.cardId().value()), serial);
    }

    @ParameterizedTest
    @EnumSource(
            value = SimulatedProfile.class,
            names = {"CLASSIC", "STINCARD", "RSA_1024"})
    void pkcs11SignatureVerifiesWithOpenssl(SimulatedProfile profile, VirtualReader reader, @TempDir Path dir)
            throws Exception {
        IssuedCard issued = insert(reader, profile);
        SimulatedCard card = issued.card();
        Path data = Files.writeString(dir.resolve("data"), "challenge from a relying party");
        Path signature = dir.resolve("signature");
        Path publicKey = Files.writeString(
                dir.resolve("public.pem"),
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(card.publicKey().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        OpenScTools.run(
                        "pkcs11-tool",
                        "--slot-index",
                        "0",
                        "--sign",
                        "-m",
                        "SHA256-RSA-PKCS",
                        "--id",
                        "01",
                        "--login",
                        "--pin",
                        pin(issued),
                        "--input-file",
                        data.toString(),
                        "--output-file",
                        signature.toString())
                .requireSuccess();
        String verified = OpenScTools.run(
                        "openssl",
                        "dgst",
                        "-sha256",
                        "-verify",
                        publicKey.toString(),
                        "-signature",
                        signature.toString(),
                        data.toString())
                .requireSuccess()
                .output();
        assertTrue(verified.contains("Verified OK"), verified);
        assertEquals(
                List.of(profile.pinReference()),
                sent(0x20).stream().map(ApduExchange::p2).distinct().toList(),
                "VERIFY went to the profile's PIN reference");
    }

    @ParameterizedTest
    @EnumSource(
            value = SimulatedProfile.class,
            names = {"CLASSIC", "STINCARD", "RSA_1024"})
    void wrongPinLowersTheRetryCounter(SimulatedProfile profile, VirtualReader reader) {
        SimulatedCard card = insert(reader, profile).card();
        OpenScTools.Result result =
                OpenScTools.run("pkcs11-tool", "--slot-index", "0", "--login", "--pin", "99999", "--list-objects");
        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("CKR_PIN_INCORRECT"), result.output());
        assertEquals(2, card.securityStatus().pinTriesLeft());
        assertTrue(sent(0x20).stream().anyMatch(e -> e.sw() == 0x63C2 && e.p2() == profile.pinReference()));
    }

    @ParameterizedTest
    @EnumSource(
            value = SimulatedProfile.class,
            names = {"CLASSIC", "STINCARD", "RSA_1024"})
    void changePinThenUnblockWithThePuk(SimulatedProfile profile, VirtualReader reader) throws Exception {
        IssuedCard issued = insert(reader, profile);
        SimulatedCard card = issued.card();
        OpenScTools.run(
                        "pkcs11-tool",
                        "--slot-index",
                        "0",
                        "--login",
                        "--pin",
                        pin(issued),
                        "--change-pin",
                        "--new-pin",
                        "54321")
                .requireSuccess();
        assertTrue(sent(0x24).stream().anyMatch(e -> e.sw() == 0x9000 && e.p2() == profile.pinReference()));
        for (int i = 0; i < 3; i++) {
            OpenScTools.run("pkcs11-tool", "--slot-index", "0", "--login", "--pin", "99999", "--list-objects");
        }
        assertTrue(card.securityStatus().pinBlocked());
        OpenScTools.run(
                        "pkcs15-tool",
                        "--reader",
                        reader.name(),
                        "--unblock-pin",
                        "--auth-id",
                        "01",
                        "--puk",
                        new String(issued.puk().toCharArray()),
                        "--new-pin",
                        "24680")
                .requireSuccess();
        assertTrue(sent(0x2C).stream().anyMatch(e -> e.sw() == 0x9000 && e.p2() == profile.pinReference()));
        assertEquals(3, card.securityStatus().pinTriesLeft());
        try (CnsCard cnsCard = PcscCards.open(reader.terminal());
                Pin unblocked = Pin.parse("24680")) {
            assertInstanceOf(
                    VerificationResult.Accepted.class,
                    cnsCard.verifyPin(unblocked),
                    "tscns-card verifies the PIN OpenSC set");
        }
    }

    /**
     * Issue 19: what OpenSC 0.23 does with the applet-based generations (recorded in the README): it never selects
     * their application, so it reads no CNS file; tscns reads both (CliLauncherIT).
     */
    @ParameterizedTest
    @EnumSource(
            value = SimulatedProfile.class,
            names = {"ACE_2025", "ST2022_NFC"})
    void openscReadsNoFileOfTheAppletGenerations(SimulatedProfile profile, VirtualReader reader) {
        insert(reader, profile);
        String name = OpenScTools.run("opensc-tool", "--reader", reader.name(), "-v", "--name")
                .output();
        OpenScTools.Result dump = OpenScTools.run("pkcs15-tool", "--reader", reader.name(), "--dump");
        if (profile == SimulatedProfile.ACE_2025) {
            // The CNS-shaped ATR binds the itacns driver, whose emulator then finds no EF.ID_Carta under the MF.
            assertTrue(name.contains("Using card driver Italian CNS."), name);
            assertEquals(1, dump.exitCode(), dump.output());
            assertTrue(dump.output().contains("PKCS#15 binding failed: Unsupported card"), dump.output());
        } else {
            // The bare contactless ATR: no driver claims the card.
            assertTrue(name.contains("Using card driver Default driver for unknown cards."), name);
            assertTrue(name.contains("Card name: Unsupported card"), name);
            assertEquals(70, dump.exitCode(), dump.output());
            assertTrue(dump.output().contains("Card is invalid or cannot be handled"), dump.output());
        }
        assertTrue(
                exchanges.stream().noneMatch(e -> e.ins() == 0xB0 && e.sw() == 0x9000),
                "OpenSC read no file of the card: " + exchanges);
    }
}
