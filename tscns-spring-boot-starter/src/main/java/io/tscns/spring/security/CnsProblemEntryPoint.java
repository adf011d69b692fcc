package io.tscns.spring.security;

import io.tscns.auth.servlet.RefusalResponse;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an unauthenticated request as the Jakarta filter does (<i>risposta al rifiuto</i>): 401 with an RFC 9457
 * problem document listing every reason ({@link RefusalResponse}); a request that presented no certificate gets the
 * reason {@code no-certificate}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsProblemEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        Verdict.Rejected rejected = exception instanceof CnsLoginRefusedException refused
                ? refused.verdict()
                : new Verdict.Rejected(List.of(new RejectionReason.NoCertificate()));
        RefusalResponse.send(response, rejected, request.getRequestURI());
    }
}
