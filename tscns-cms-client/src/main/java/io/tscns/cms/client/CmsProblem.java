package io.tscns.cms.client;

import io.tscns.core.Problem;
import java.util.Objects;

/**
 * One problem a {@link CmsException} carries: the problem document's code, or one of its {@code violations}, or a
 * client-side failure ({@code malformed-response}, {@code retries-exhausted}, a transport kind).
 *
 * @param code   the stable code
 * @param detail the sentence; never a secret
 * @since 0.1.0
 */
public record CmsProblem(String code, String detail) implements Problem {

    /** Checks the components. */
    public CmsProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String describe() {
        return detail;
    }
}
