package io.tscns.card.key;

import io.tscns.card.apdu.CnsCommands;
import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.ControlReferenceTemplate;
import io.tscns.card.apdu.ResponseApdu;
import io.tscns.card.apdu.internal.Exchange;
import io.tscns.card.error.SecurityStatusNotSatisfiedException;
import io.tscns.card.error.StatusWords;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.profile.Quirks;
import io.tscns.card.profile.SigningMethod;
import io.tscns.card.transport.CardTransport;
import io.tscns.card.transport.CommandChainingTransport;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operations with the card's authentication key (<i>operazioni con la chiave di autenticazione</i>, CNS0): signing
 * a digest, INTERNAL AUTHENTICATE and GET CHALLENGE, with the key reference, security environment, signing method
 * and limits of the card's {@link Quirks}.
 *
 * <p>Signing always yields a PKCS#1 v1.5 signature over the DigestInfo of the digest. With
 * {@link SigningMethod#RAW_RSA_DECIPHER} (every known CNS batch) the sequence is OpenSC's ({@code docs/pcsc.md §5}):
 * MSE RESTORE {@code 00 22 F3 03 00}, MSE SET for the confidentiality template {@code 00 22 F1 B8 03 83 01 01}, then
 * PSO DECIPHER {@code 00 2A 80 86} of {@code 00 || 00 01 FF..FF 00 || DigestInfo}, the full-length type-1 block built
 * here: extended length when the card has it, otherwise command chaining ({@code 10 2A 80 86 FF ...} then
 * {@code 00 2A 80 86 02 ... 00}); if an extended command is refused with SW 6700 the operation is repeated with
 * chaining and chaining is kept. With {@link SigningMethod#PSO_COMPUTE_DIGITAL_SIGNATURE} it is MSE SET for the
 * digital-signature template, then PSO COMPUTE DIGITAL SIGNATURE {@code 00 2A 9E 9A} of the DigestInfo, and the card
 * pads. All need the PIN verified first; otherwise the card answers 6982.
 *
 * <p>Not thread-safe: one instance per card connection, used by one thread at a time ({@code CnsCard} serialises).
 *
 * @since 0.1.0
 */
public final class KeyOperations {

    private static final Logger LOG = LoggerFactory.getLogger(KeyOperations.class);
    /** PKCS#1 v1.5 needs at least eight FF bytes of padding, plus 00 01 and the 00 separator. */
    private static final int PKCS1_OVERHEAD = 11;
    /** The most random bytes one call may ask for. */
    public static final int MAX_CHALLENGE = 4096;

    private final CardTransport transport;
    private final CardTransport chaining;
    private final Quirks quirks;
    private boolean extendedLength;

    /**
     * Creates the operations for one card connection.
     *
     * @param transport the transport to the card (usually {@code Transports.standard(...)})
     * @param quirks    the card's quirks, from its profile
     */
    public KeyOperations(CardTransport transport, Quirks quirks) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.chaining = new CommandChainingTransport(transport);
        this.quirks = Objects.requireNonNull(quirks, "quirks");
        this.extendedLength = quirks.extendedLength();
    }

    /**
     * Signs a digest with the authentication key.
     *
     * @param hash        the hash function that made the digest
     * @param digest      the digest
     * @param modulusBits the key's modulus size in bits, from its certificate
     * @return the signature, exactly modulusBits / 8 bytes, verifiable with {@link HashAlgorithm#signatureAlgorithm()}
     * @throws SecurityStatusNotSatisfiedException if the PIN has not been verified
     * @throws UnexpectedResponseException         if the card returns a signature of the wrong length
     * @throws IllegalArgumentException            if the digest length does not match the hash, or the modulus size
     *                                             is not a multiple of 8 from 512 to 4096 bits
     */
    public byte[] sign(HashAlgorithm hash, byte[] digest, int modulusBits) {
        return signDigestInfo(hash.digestInfo(digest), modulusBits);
    }

    /**
     * Signs a DigestInfo the caller built (JCA {@code NONEwithRSA}): the PKCS#1 v1.5 type-1 padding is added here
     * or by the card, as its signing method says.
     *
     * @param digestInfo  the DER DigestInfo (or any input up to modulusBits / 8 - 11 bytes)
     * @param modulusBits the key's modulus size in bits, from its certificate
     * @return the signature, exactly modulusBits / 8 bytes
     * @throws SecurityStatusNotSatisfiedException if the PIN has not been verified
     * @throws UnexpectedResponseException         if the card returns a signature of the wrong length
     * @throws IllegalArgumentException            if the input is empty or too long for the key, or the modulus size
     *                                             is not a multiple of 8 from 512 to 4096 bits
     */
    public byte[] signDigestInfo(byte[] digestInfo, int modulusBits) {
        int modulusBytes = checkModulus(modulusBits);
        if (digestInfo.length == 0) {
            throw new IllegalArgumentException("nothing to sign: the DigestInfo is empty");
        }
        byte[] signature = quirks.signingMethod() == SigningMethod.RAW_RSA_DECIPHER
                ? rawOperation(pkcs1Type1(digestInfo, modulusBytes), modulusBytes)
                : signWithCds(digestInfo, modulusBytes);
        return toModulusLength(signature, modulusBytes);
    }

    /**
     * Runs the raw RSA private-key operation on a block as long as the modulus, through PSO DECIPHER: what an
     * RSASSA-PSS signature needs, the host having built the {@link EmsaPss} block. Only cards whose signing method
     * is {@link SigningMethod#RAW_RSA_DECIPHER} can do it.
     *
     * @param block       the block, exactly modulusBits / 8 bytes
     * @param modulusBits the key's modulus size in bits, from its certificate
     * @return the result, exactly modulusBits / 8 bytes
     * @throws SecurityStatusNotSatisfiedException if the PIN has not been verified
     * @throws IllegalStateException               if the card's signing method is not raw RSA
     * @throws IllegalArgumentException            if the block is not as long as the modulus
     */
    public byte[] rawRsa(byte[] block, int modulusBits) {
        int modulusBytes = checkModulus(modulusBits);
        if (quirks.signingMethod() != SigningMethod.RAW_RSA_DECIPHER) {
            throw new IllegalStateException("this card signs with " + quirks.signingMethod()
                    + ", which pads on the card: it cannot compute raw RSA");
        }
        if (block.length != modulusBytes) {
            throw new IllegalArgumentException("a raw RSA block for a " + modulusBits + "-bit key is " + modulusBytes
                    + " bytes; got " + block.length);
        }
        return toModulusLength(rawOperation(block, modulusBytes), modulusBytes);
    }

    private int checkModulus(int modulusBits) {
        if (modulusBits < 512 || modulusBits > 4096 || modulusBits % 8 != 0) {
            throw new IllegalArgumentException(
                    "modulus size is " + modulusBits + " bits; expected a multiple of 8 from 512 to 4096");
        }
        if (!quirks.keySizes().contains(modulusBits)) {
            LOG.debug(
                    "signing with a {}-bit key; this card batch is known to carry {}",
                    modulusBits,
                    quirks.keySizesAscending());
        }
        return modulusBits / 8;
    }

    private byte[] rawOperation(byte[] block, int modulusBytes) {
        prepare(ControlReferenceTemplate.CONFIDENTIALITY);
        CommandApdu decipher = CnsCommands.decipher(block, modulusBytes);
        if (!decipher.isExtended()) {
            return require(decipher, Exchange.send(transport, decipher));
        }
        if (extendedLength) {
            ResponseApdu response = Exchange.send(transport, decipher);
            if (response.sw() != StatusWords.WRONG_LENGTH) {
                return require(decipher, response);
            }
            LOG.debug("extended PSO DECIPHER refused with 6700; using command chaining from now on");
            extendedLength = false;
            prepare(ControlReferenceTemplate.CONFIDENTIALITY);
        }
        return require(decipher, Exchange.send(chaining, decipher));
    }

    private byte[] signWithCds(byte[] digestInfo, int modulusBytes) {
        prepare(ControlReferenceTemplate.DIGITAL_SIGNATURE);
        CommandApdu sign = CnsCommands.computeDigitalSignature(digestInfo, modulusBytes);
        return require(sign, Exchange.send(transport, sign));
    }

    private void prepare(ControlReferenceTemplate template) {
        CommandApdu restore = CnsCommands.restoreSecurityEnvironment(quirks.securityEnvironment());
        require(restore, Exchange.send(transport, restore));
        CommandApdu set = CnsCommands.setSecurityEnvironment(template, quirks.keyReference());
        require(set, Exchange.send(transport, set));
    }

    private static byte[] require(CommandApdu command, ResponseApdu response) {
        return StatusWords.requireSuccess(CommandHeader.of(command), response);
    }

    /**
     * Builds the PKCS#1 v1.5 type-1 block {@code 00 01 FF..FF 00 || T} (RFC 8017 §9.2, EMSA-PKCS1-v1_5).
     */
    static byte[] pkcs1Type1(byte[] t, int modulusBytes) {
        if (t.length > modulusBytes - PKCS1_OVERHEAD) {
            throw new IllegalArgumentException(
                    "a " + t.length + "-byte DigestInfo does not fit a " + modulusBytes * 8 + "-bit key");
        }
        byte[] block = new byte[modulusBytes];
        block[1] = 0x01;
        Arrays.fill(block, 2, modulusBytes - t.length - 1, (byte) 0xFF);
        System.arraycopy(t, 0, block, modulusBytes - t.length, t.length);
        return block;
    }

    private static byte[] toModulusLength(byte[] signature, int modulusBytes) {
        if (signature.length == modulusBytes) {
            return signature;
        }
        if (signature.length == 0 || signature.length > modulusBytes) {
            throw new UnexpectedResponseException("the card returned a " + signature.length + "-byte signature for a "
                    + modulusBytes * 8 + "-bit key; expected " + modulusBytes + " bytes");
        }
        // A raw RSA result with leading zero bytes may come back shorter; I2OSP pads it to the modulus length.
        byte[] padded = new byte[modulusBytes];
        System.arraycopy(signature, 0, padded, modulusBytes - signature.length, signature.length);
        return padded;
    }

    /**
     * INTERNAL AUTHENTICATE (ISO/IEC 7816-4 §7.5.2) with the authentication key: MSE RESTORE, MSE SET for the
     * authentication template, then {@code 00 88 00 00 Lc <data> 00}. What a CNS card computes here is not in the
     * public sources (OpenSC does not use this command on CNS cards); for a signature a server verifies, use
     * {@link #sign(HashAlgorithm, byte[], int)}.
     *
     * @param data the authentication input, 1 to 255 bytes
     * @return the card's response data
     * @throws SecurityStatusNotSatisfiedException if the card needs the PIN first
     * @throws IllegalArgumentException            if the input is empty or longer than 255 bytes
     */
    public byte[] internalAuthenticate(byte[] data) {
        if (data.length == 0 || data.length > CommandApdu.MAX_SHORT_NC) {
            throw new IllegalArgumentException(
                    "INTERNAL AUTHENTICATE input is " + data.length + " bytes; expected 1 to 255");
        }
        prepare(ControlReferenceTemplate.AUTHENTICATION);
        CommandApdu command = CnsCommands.internalAuthenticate(0x00, data, CommandApdu.MAX_SHORT_NE);
        return require(command, Exchange.send(transport, command));
    }

    /**
     * Asks the card for random bytes (<i>numero casuale</i>) with GET CHALLENGE, in as many commands as the card's
     * limit needs.
     *
     * @param length how many bytes, 1 to {@link #MAX_CHALLENGE}
     * @return the random bytes
     * @throws UnexpectedResponseException if the card returns a different number of bytes than asked
     * @throws IllegalArgumentException    if the length is out of range
     */
    public byte[] getChallenge(int length) {
        if (length < 1 || length > MAX_CHALLENGE) {
            throw new IllegalArgumentException("challenge length is " + length + "; expected 1 to " + MAX_CHALLENGE);
        }
        ByteArrayOutputStream random = new ByteArrayOutputStream(length);
        while (random.size() < length) {
            int piece = Math.min(quirks.maxChallengeLength(), length - random.size());
            CommandApdu command = CnsCommands.getChallenge(piece);
            byte[] bytes = require(command, Exchange.send(transport, command));
            if (bytes.length != piece) {
                throw new UnexpectedResponseException(
                        "GET CHALLENGE asked for " + piece + " bytes and got " + bytes.length);
            }
            random.writeBytes(bytes);
        }
        return random.toByteArray();
    }
}
