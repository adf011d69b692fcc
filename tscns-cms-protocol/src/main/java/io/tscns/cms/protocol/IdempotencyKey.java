package io.tscns.cms.protocol;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} of a state-changing request: 1 to {@value #MAX_LENGTH} characters from
 * {@code [A-Za-z0-9._:-]}. The server stores (operator, key, request hash) with the committed response in the same
 * transaction as the change; a repeat with the same body replays the response, a different body is refused with
 * {@code idempotency-key-reused}. A client that retries reuses the same key, so a retried call is applied once.
 *
 * @param value the key
 * @since 0.1.0
 */
public record IdempotencyKey(String value) {

    /** Longest key accepted. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    /**
     * Checks the syntax.
     *
     * @throws CmsProtocolException if the key is empty, too long or has a character outside the set
     */
    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!SYNTAX.matcher(value).matches()) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidHeader(
                    CmsHeaders.IDEMPOTENCY_KEY, "must be 1 to " + MAX_LENGTH + " characters from [A-Za-z0-9._:-]"));
        }
    }

    /**
     * Returns a new random key (a UUID).
     *
     * @return the key
     */
    public static IdempotencyKey random() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
