package io.tscns.spring.security;

import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import java.io.Serial;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A CNS certificate was refused (<i>accesso con CNS rifiutato</i>), with every reason. It extends Spring Security's
 * {@link AccountStatusException} on purpose: a {@code ProviderManager} stops at it instead of asking the next
 * provider, so a revoked or expired certificate cannot be let in by another provider (such as the stock X.509
 * provider, which only looks the user up).
 *
 * @since 0.1.0
 */
public final class CnsLoginRefusedException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Verdict.Rejected verdict;

    /**
     * Creates the exception.
     *
     * @param verdict the refusal
     */
    public CnsLoginRefusedException(Verdict.Rejected verdict) {
        super("CNS login refused: "
                + Objects.requireNonNull(verdict, "verdict").reasons().stream()
                        .map(RejectionReason::code)
                        .collect(Collectors.joining(", ")));
        this.verdict = verdict;
    }

    /**
     * Returns the refusal.
     *
     * @return the verdict with every reason
     */
    public Verdict.Rejected verdict() {
        return verdict;
    }
}
