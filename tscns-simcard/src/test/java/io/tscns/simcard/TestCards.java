package io.tscns.simcard;

import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test fixtures for the card engine: the fictitious holder of {@code docs/card.md §2.3}, one cached key pair per key
 * size (generating RSA keys for every test would dominate the suite's time), and a self-signed stand-in for the
 * authentication certificate, so OpenSC sees well-formed DER.
 */
public final class TestCards {

    public static final String PIN = "12345";
    public static final String PUK = "12345678";
    public static final String ID_CARTA = "6120123456789000";
    /** The worked example of {@code docs/card.md §2.3}: 101 characters of text. */
    public static final String PERSONAL_DATA_TEXT =
            "0000650461200801022024080102203005ROSSI05MARIO080101198001M0010RSSMRA80A01H501U0004H501000004H5010000";

    public static final int PERSONAL_DATA_SIZE = 400;

    private static final Map<Integer, KeyPair> KEYS = new ConcurrentHashMap<>();
    private static final Map<Integer, byte[]> CERTIFICATES = new ConcurrentHashMap<>();

    private TestCards() {}

    public static KeyPair keyPair(int bits) {
        return KEYS.computeIfAbsent(bits, TestCards::generate);
    }

    private static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] personalData() {
        return Arrays.copyOf(PERSONAL_DATA_TEXT.getBytes(StandardCharsets.US_ASCII), PERSONAL_DATA_SIZE);
    }

    /** A card of the worked-example holder, with every CNS file, PIN 12345, PUK 12345678, a self-signed cert. */
    public static SimulatedCardBuilder builder(SimulatedProfile profile) {
        KeyPair pair = keyPair(profile.keySizeBits());
        return SimulatedCard.builder(profile)
                .keyPair(pair)
                .certificate(publicKey -> CERTIFICATES
                        .computeIfAbsent(
                                profile.keySizeBits(), bits -> selfSigned(pair, "RSSMRA80A01H501U/" + ID_CARTA))
                        .clone())
                .file(CardFile.CARD_ID, ID_CARTA.getBytes(StandardCharsets.US_ASCII))
                .file(CardFile.PERSONAL_DATA, personalData())
                .file(CardFile.CHIP_DATA, new byte[] {1, 2, 3, 4, 5, 6, 7, 8})
                .file(CardFile.ADDITIONAL_PERSONAL_DATA, new byte[32])
                .file(CardFile.REMAINING_MEMORY, new byte[] {0x10, 0x00})
                .file(CardFile.INSTALLED_SERVICES, new byte[32])
                .file(CardFile.INSTALLATION_FILE, new byte[32])
                .file(CardFile.CARD_STATUS, new byte[] {0x01})
                .file(CardFile.GDO, new byte[16])
                .file(CardFile.ROOT_INSTALLATION_FILE, new byte[32])
                .pin(Pin.parse(PIN))
                .puk(Puk.parse(PUK));
    }

    public static SimulatedCard card(SimulatedProfile profile) {
        return builder(profile).build();
    }

    public static SimulatedCard card() {
        return card(SimulatedProfile.CLASSIC);
    }

    public static byte[] selfSigned(KeyPair pair, String commonName) {
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            X500Name name = new X500Name("CN=" + commonName + ",O=tscns test,C=IT");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.ONE,
                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)),
                    name,
                    pair.getPublic());
            return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()))
                    .getEncoded();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PIN or PUK digits padded with FF to 8 bytes, as OpenSC sends them. */
    public static byte[] padded(String digits) {
        byte[] out = new byte[8];
        Arrays.fill(out, (byte) 0xFF);
        byte[] ascii = digits.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, out, 0, ascii.length);
        return out;
    }
}
