package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import java.time.Instant;

/**
 * A session opened by login: the bearer token for {@code Authorization: Bearer}, its expiry and the operator.
 *
 * @param sessionToken the session token, a secret
 * @param expiresAt    when the session ends
 * @param operator     who logged in
 * @since 0.1.0
 */
public record LoginResult(SecretText sessionToken, Instant expiresAt, OperatorProfile operator) {

    /** Checks the components. */
    public LoginResult {
        required("sessionToken", sessionToken);
        required("expiresAt", expiresAt);
        required("operator", operator);
    }
}
