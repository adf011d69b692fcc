package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.sandbox.internal.domain.TokenDigest;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's own capability to read its outbox (<i>accesso alla casella di prova</i>): a secret token of the
 * sandbox, never an operator's credential, sent in the {@value #HEADER} header. No operator of any role or region
 * reads the outbox with a personal certificate or session, so a counter's receipt and the outbox never come
 * together in one operator's hands. The token's SHA-256 is kept, compared in constant time. Thread-safe.
 */
final class OutboxCapability {

    /** The header that carries the capability token. */
    static final String HEADER = "X-Sandbox-Outbox-Token";

    private final byte[] digest;

    /**
     * Keeps the digest of the token.
     *
     * @param token the token (not wiped here)
     */
    OutboxCapability(char[] token) {
        Objects.requireNonNull(token, "token");
        this.digest = TokenDigest.of(new byte[0], token);
    }

    /**
     * Checks the token a request presents.
     *
     * @param presented the header's value, if any
     * @throws CmsRefusal {@code unauthenticated} without the right token
     */
    void check(Optional<String> presented) {
        if (presented.isEmpty()) {
            throw new CmsRefusal(
                    ProblemCode.UNAUTHENTICATED,
                    "the outbox is the sandbox's own: present its token in " + HEADER
                            + " (operators' credentials do not open it)");
        }
        char[] chars = presented.get().trim().toCharArray();
        byte[] given = TokenDigest.of(new byte[0], chars);
        Arrays.fill(chars, '\0');
        if (!MessageDigest.isEqual(given, digest)) {
            throw new CmsRefusal(ProblemCode.UNAUTHENTICATED, "wrong outbox token");
        }
    }
}
