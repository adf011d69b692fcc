package io.tscns.simcard;

import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import io.tscns.simcard.internal.DedicatedFile;
import io.tscns.simcard.internal.ElementaryFile;
import io.tscns.simcard.internal.FileNode;
import io.tscns.simcard.internal.FileSystem;
import io.tscns.simcard.internal.OnChipKey;
import io.tscns.simcard.internal.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Personalises a {@link SimulatedCard} (<i>personalizzazione</i>): file contents, PIN and PUK, the key pair and the
 * certificate. It is the low-level tool: any bytes go in, so a test can also build a card with malformed files. For a
 * consistent card of a holder use the card factory.
 *
 * <p>A file of {@link CardFile} is on the card only if its content is given; absent files answer {@code 6A82}. The
 * DFs 1000, 1100 and 1200 are always there, and so is the internal key file 3F00/3F01 holding the public key of
 * CNS0, which the card uses but never reads out ({@code docs/card.md §1.1}). The key pair is generated "on the chip" at
 * {@link #build()}
 * unless a pre-generated one is given (tests do this to save the generation time); the certificate is issued for its
 * public key by the function given to {@link #certificate(Function)}.
 *
 * <p>Not thread-safe. The builder keeps its own copies of the PIN and PUK (as the card stores them) and wipes them
 * in {@link #build()}.
 *
 * @since 0.1.0
 */
public final class SimulatedCardBuilder {

    /** Largest file the card holds: READ BINARY addresses 15-bit offsets. */
    public static final int MAX_FILE_SIZE = 0x7FFF;

    /** The access condition byte of a file anyone may read. */
    public static final int ALWAYS = 0x00;

    /** The access condition byte of a file read after the user PIN (BSO {@code 10}) is verified. */
    public static final int PIN = 0x10;

    /** The access condition byte of a file never read. */
    public static final int NEVER = 0xFF;

    /** FID of the internal file holding the public key of CNS0, under the MF. */
    static final int PUBLIC_KEY_FILE = 0x3F01;

    private static final int[] DIRECTORIES = {0x1000, 0x1100, 0x1200};

    private final SimulatedProfile profile;
    private final Map<CardFile, byte[]> contents = new EnumMap<>(CardFile.class);
    private final Map<CardFile, Integer> readConditions = new EnumMap<>(CardFile.class);
    private byte[] pin;
    private byte[] puk;
    private int pinMaxTries = 3;
    private int pukMaxTries = 10;
    private KeyPair keyPair;
    private Function<? super RSAPublicKey, byte[]> certificateIssuer;
    private SecureRandom random;
    private Sleeper sleeper = Sleeper.system();
    private byte[] atr;

    SimulatedCardBuilder(SimulatedProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * Puts a file on the card with this content.
     *
     * @param file    the file
     * @param content the content, copied; its length is the size the FCI reports
     * @return this builder
     * @throws IllegalArgumentException for a content above {@link #MAX_FILE_SIZE} bytes
     */
    public SimulatedCardBuilder file(CardFile file, byte[] content) {
        Objects.requireNonNull(file, "file");
        contents.put(file, checkSize(file, content.clone()));
        return this;
    }

    /**
     * Sets the READ access condition of a file, as the byte the FCI carries; files are free to read unless told
     * otherwise, as on the real card ({@code docs/card.md §1.2}). The card enforces it: {@link #ALWAYS} is always
     * satisfied; a byte {@code 01}–{@code 1F} names the reference data to verify first (the user PIN {@code 10} or
     * the PUK {@code 11}; other references are never verified on this card); {@link #NEVER} and any other byte are
     * never satisfied.
     *
     * @param file      the file
     * @param condition the READ condition byte, {@code 00}–{@code FF}
     * @return this builder
     * @throws IllegalArgumentException for a value outside one byte
     */
    public SimulatedCardBuilder readCondition(CardFile file, int condition) {
        if (condition < 0 || condition > 0xFF) {
            throw new IllegalArgumentException("an access condition is one byte, found " + condition);
        }
        readConditions.put(Objects.requireNonNull(file, "file"), condition);
        return this;
    }

    /**
     * Sets the user PIN (<i>codice PIN</i>).
     *
     * @param pin the PIN; the caller keeps it and destroys it when done
     * @return this builder
     */
    public SimulatedCardBuilder pin(Pin pin) {
        wipe(this.pin);
        this.pin = pin.paddedForCard();
        return this;
    }

    /**
     * Sets the PUK (<i>codice PUK</i>).
     *
     * @param puk the PUK; the caller keeps it and destroys it when done
     * @return this builder
     */
    public SimulatedCardBuilder puk(Puk puk) {
        wipe(this.puk);
        this.puk = puk.paddedForCard();
        return this;
    }

    /**
     * Sets how many wrong PINs block the PIN; the default is 3 ({@code docs/card.md §4.3}).
     *
     * @param tries 1 to 15
     * @return this builder
     */
    public SimulatedCardBuilder pinMaxTries(int tries) {
        this.pinMaxTries = checkTries(tries);
        return this;
    }

    /**
     * Sets how many wrong PUKs block the PUK; the default is 10, an assumption because the real value is not public
     * ({@code docs/card.md §9}, item 6).
     *
     * @param tries 1 to 15
     * @return this builder
     */
    public SimulatedCardBuilder pukMaxTries(int tries) {
        this.pukMaxTries = checkTries(tries);
        return this;
    }

    /**
     * Uses a pre-generated key pair instead of generating one at {@link #build()}, to save time in tests.
     *
     * @param pair an RSA key pair of the profile's key size
     * @return this builder
     * @throws IllegalArgumentException if the pair is not RSA or not of the profile's size
     */
    public SimulatedCardBuilder keyPair(KeyPair pair) {
        if (!(pair.getPublic() instanceof RSAPublicKey pub) || !(pair.getPrivate() instanceof RSAPrivateKey)) {
            throw new IllegalArgumentException("the card holds an RSA key pair");
        }
        if (pub.getModulus().bitLength() != profile.keySizeBits()) {
            throw new IllegalArgumentException("a " + profile.cliName() + " card holds RSA-" + profile.keySizeBits()
                    + ", not RSA-" + pub.getModulus().bitLength());
        }
        this.keyPair = pair;
        return this;
    }

    /**
     * Sets how the authentication certificate is issued: at {@link #build()}, after the key is generated, the
     * function receives the card's public key and returns the certificate's DER encoding for EF 1101.
     *
     * @param issuer the issuing function, for example a test CA
     * @return this builder
     */
    public SimulatedCardBuilder certificate(Function<? super RSAPublicKey, byte[]> issuer) {
        this.certificateIssuer = Objects.requireNonNull(issuer, "issuer");
        return this;
    }

    /**
     * Sets the random generator for key generation and GET CHALLENGE; the default is a new {@link SecureRandom}.
     *
     * @param secureRandom the generator
     * @return this builder
     */
    public SimulatedCardBuilder random(SecureRandom secureRandom) {
        this.random = Objects.requireNonNull(secureRandom, "secureRandom");
        return this;
    }

    /**
     * Sets how the card waits when a latency fault fires; the default really sleeps.
     *
     * @param cardSleeper the sleeper
     * @return this builder
     */
    public SimulatedCardBuilder sleeper(Sleeper cardSleeper) {
        this.sleeper = Objects.requireNonNull(cardSleeper, "cardSleeper");
        return this;
    }

    /**
     * Gives the card another answer to reset than its profile's, for example one that no CNS rule knows, to test
     * recognition by application ({@code docs/card.md §10.3}).
     *
     * @param answerToReset the ATR, 2 to 33 bytes; copied
     * @return this builder
     * @throws IllegalArgumentException if the ATR is shorter than 2 or longer than 33 bytes
     */
    public SimulatedCardBuilder atr(byte[] answerToReset) {
        if (answerToReset.length < 2 || answerToReset.length > 33) {
            throw new IllegalArgumentException("an ATR is 2 to 33 bytes, found " + answerToReset.length);
        }
        this.atr = answerToReset.clone();
        return this;
    }

    /**
     * Builds the card: generates the key pair if none was given, issues the certificate if an issuer was given, lays
     * out the file system and wipes the builder's copies of the PIN and PUK. The builder cannot be used again.
     *
     * @return the card, not powered
     * @throws IllegalStateException if the PIN or the PUK is missing, or the builder was used already
     * @throws IllegalArgumentException if the certificate issuer returns no bytes or too many
     */
    public SimulatedCard build() {
        if (pin == null || puk == null) {
            throw new IllegalStateException("a card needs a PIN and a PUK; set both before build()");
        }
        try {
            SecureRandom rng = random != null ? random : new SecureRandom();
            KeyPair pair = keyPair != null ? keyPair : generate(rng);
            RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
            if (certificateIssuer != null) {
                byte[] der = certificateIssuer.apply(publicKey);
                if (der == null || der.length == 0) {
                    throw new IllegalArgumentException("the certificate issuer returned no certificate");
                }
                contents.put(CardFile.AUTHENTICATION_CERTIFICATE, checkSize(CardFile.AUTHENTICATION_CERTIFICATE, der));
            }
            OnChipKey key = new OnChipKey(publicKey, (RSAPrivateKey) pair.getPrivate());
            return new SimulatedCard(
                    profile,
                    atr != null ? atr : profile.atr(),
                    layOut(publicKey),
                    new ReferenceData(pin, pinMaxTries),
                    new ReferenceData(puk, pukMaxTries),
                    key,
                    rng,
                    sleeper);
        } finally {
            wipe(pin);
            wipe(puk);
            pin = null;
            puk = null;
        }
    }

    private FileSystem layOut(RSAPublicKey publicKey) {
        DedicatedFile mf = DedicatedFile.masterFile();
        Optional<AppletLayout> applet = profile.applet();
        // An applet-based card keeps its files under the application, which acts as their MF (docs/card.md §10).
        DedicatedFile root =
                applet.map(layout -> DedicatedFile.application(layout.aid())).orElse(mf);
        if (applet.isEmpty()) {
            for (int directory : DIRECTORIES) {
                mf.addDirectory(directory);
            }
        }
        root.addFile(PUBLIC_KEY_FILE, publicKey.getEncoded(), ElementaryFile.Structure.INTERNAL, 0xFF);
        for (Map.Entry<CardFile, byte[]> entry : contents.entrySet()) {
            CardFile file = entry.getKey();
            int[] path = applet.isPresent() ? applet.get().paths().get(file) : file.pathBelowMf();
            if (path == null) {
                continue;
            }
            DedicatedFile parent = root;
            for (int i = 0; i < path.length - 1; i++) {
                FileNode child = parent.child(path[i]);
                parent = child instanceof DedicatedFile df ? df : parent.addDirectory(path[i]);
            }
            byte[] content = file == CardFile.CARD_ID
                            && applet.map(AppletLayout::cardIdBcd).orElse(false)
                    ? packedBcd(entry.getValue())
                    : entry.getValue();
            int read = readConditions.getOrDefault(file, ALWAYS);
            parent.addFile(path[path.length - 1], content, ElementaryFile.Structure.TRANSPARENT, read);
        }
        return applet.map(layout -> new FileSystem(
                        mf,
                        List.of(root),
                        layout.model()
                                .map(model -> Map.of(AppletLayout.MODEL_TAG, model.getBytes(StandardCharsets.US_ASCII)))
                                .orElse(Map.of())))
                .orElseGet(() -> new FileSystem(mf));
    }

    /**
     * The ACe 2025's card id file: the 16 ASCII digits packed as BCD in 8 bytes, then 2 bytes whose meaning is not
     * public, here {@code 00 00} ({@code docs/card.md §10.1}).
     */
    private static byte[] packedBcd(byte[] asciiDigits) {
        if (asciiDigits.length != 16) {
            throw new IllegalArgumentException(
                    "a card id to pack as BCD is 16 digits, found " + asciiDigits.length + " bytes");
        }
        byte[] packed = new byte[10];
        for (int i = 0; i < 16; i++) {
            int digit = asciiDigits[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("a card id to pack as BCD holds only digits");
            }
            packed[i / 2] |= (byte) (i % 2 == 0 ? digit << 4 : digit);
        }
        return packed;
    }

    private KeyPair generate(SecureRandom rng) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(profile.keySizeBits(), RSAKeyGenParameterSpec.F4), rng);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate RSA keys, which every JDK can", e);
        }
    }

    private static byte[] checkSize(CardFile file, byte[] content) {
        if (content.length > MAX_FILE_SIZE) {
            throw new IllegalArgumentException("file " + file.pathText() + " would hold " + content.length
                    + " bytes; READ BINARY reaches at most " + MAX_FILE_SIZE);
        }
        return content;
    }

    private static int checkTries(int tries) {
        if (tries < 1 || tries > 15) {
            throw new IllegalArgumentException(
                    "a retry limit is 1 to 15 (63Cx carries it in one nibble), found " + tries);
        }
        return tries;
    }

    private static void wipe(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
