package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

/**
 * Login with a personal token ({@code POST /sessions}; DM 2011 Allegato 2: personal credentials, never shared).
 *
 * @param operatorId the personal operator id
 * @param token      the operator's personal token, a secret
 * @since 0.1.0
 */
public record LoginRequest(String operatorId, SecretText token) {

    /** Checks the components. */
    public LoginRequest {
        text("operatorId", operatorId, 64);
        required("token", token);
    }
}
