package io.tscns.auth.challenge;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * A login challenge (<i>sfida di autenticazione</i>) that a server issues and the card signs with
 * {@code CnsCard.authenticate(challenge)}. Its bytes are not a bare random number: they start with the fixed
 * label {@value #LABEL}, then the audience (the service's name), the issue time and 32 random bytes, so that a
 * signature over them can serve no other purpose and no other service.
 *
 * <p>Immutable; the bytes are copied in and out.
 *
 * @since 0.1.0
 */
public final class Challenge {

    /** The domain-separation label every challenge starts with. */
    public static final String LABEL = "tscns-cns-login-challenge-v1";
    /** The longest challenge: the label, a separator, a 255-character audience in UTF-8, the time and the nonce. */
    static final int MAX_BYTES = LABEL.length() + 1 + 2 + 4 * 255 + 8 + 32;

    private final byte[] bytes;
    private final String audience;
    private final Instant issuedAt;

    Challenge(String audience, Instant issuedAt, byte[] nonce) {
        this.audience = audience;
        this.issuedAt = issuedAt;
        byte[] label = LABEL.getBytes(StandardCharsets.US_ASCII);
        byte[] name = audience.getBytes(StandardCharsets.UTF_8);
        this.bytes = ByteBuffer.allocate(label.length + 1 + 2 + name.length + 8 + nonce.length)
                .put(label)
                .put((byte) 0)
                .putShort((short) name.length)
                .put(name)
                .putLong(issuedAt.getEpochSecond())
                .put(nonce)
                .array();
    }

    /**
     * Returns the bytes the card signs.
     *
     * @return a copy
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the bytes as URL-safe base64, to send to the client.
     *
     * @return the encoding, without padding
     */
    public String toBase64() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Returns the audience.
     *
     * @return the service's name
     */
    public String audience() {
        return audience;
    }

    /**
     * Returns when the challenge was issued.
     *
     * @return the instant
     */
    public Instant issuedAt() {
        return issuedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Challenge other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Challenge[audience=" + audience + ", issuedAt=" + issuedAt + "]";
    }
}
