package io.tscns.auth.servlet;

import io.tscns.auth.internal.JsonText;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answer to a refused CNS login (<i>risposta a un accesso rifiutato</i>): HTTP 401 with an RFC 9457 problem
 * document ({@code application/problem+json}) that lists every reason with its stable code, e.g.
 * <pre>{@code
 * {"type":"https://tscns.io/problems/cns-login-refused","title":"CNS login refused","status":401,
 *  "detail":"the certificate was revoked at 2026-03-02T09:00:00Z (keyCompromise)","instance":"/",
 *  "reasons":[{"code":"revoked","detail":"the certificate was revoked at ..."}]}
 * }</pre>
 * The reasons' sentences never repeat personal data ({@code io.tscns.core.Problem#describe()}). The
 * {@code WWW-Authenticate} header a 401 must carry names the scheme {@value #SCHEME}: there is no registered scheme for
 * a TLS client certificate, and the header tells a client to present its CNS.
 *
 * <p>Used by {@link CnsLoginFilter} and by the Spring Security entry point of {@code tscns-spring-boot-starter}, so
 * both answer alike. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class RefusalResponse {

    /** The media type of the body. */
    public static final String CONTENT_TYPE = "application/problem+json";
    /** The problem type. */
    public static final String TYPE = "https://tscns.io/problems/cns-login-refused";
    /** The authentication scheme named in {@code WWW-Authenticate}. */
    public static final String SCHEME = "CNS";

    private RefusalResponse() {}

    /**
     * Returns the problem document of a refusal.
     *
     * @param rejected the verdict
     * @param instance the request's path
     * @return the JSON document
     */
    public static String json(Verdict.Rejected rejected, String instance) {
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(instance, "instance");
        String detail =
                rejected.reasons().stream().map(RejectionReason::describe).collect(Collectors.joining("; "));
        String reasons = rejected.reasons().stream()
                .map(reason -> "{\"code\":" + JsonText.quote(reason.code()) + ",\"detail\":"
                        + JsonText.quote(reason.describe()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"type\":" + JsonText.quote(TYPE) + ",\"title\":\"CNS login refused\",\"status\":401,\"detail\":"
                + JsonText.quote(detail) + ",\"instance\":" + JsonText.quote(instance) + ",\"reasons\":" + reasons
                + "}";
    }

    /**
     * Sends the refusal: status 401, {@code WWW-Authenticate}, {@code Cache-Control: no-store} and the document.
     *
     * @param response the response, not yet committed
     * @param rejected the verdict
     * @param instance the request's path
     * @throws IOException if writing fails
     */
    public static void send(HttpServletResponse response, Verdict.Rejected rejected, String instance)
            throws IOException {
        byte[] body = json(rejected, instance).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", SCHEME);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
