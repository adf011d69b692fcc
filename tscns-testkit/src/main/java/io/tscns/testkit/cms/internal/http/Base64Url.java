package io.tscns.testkit.cms.internal.http;

import java.util.Base64;

/**
 * URL-safe base64 without padding, for session tokens.
 */
final class Base64Url {

    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
