package io.tscns.cms.console.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * The console's protection against cross-site request forgery on its one state-changing request, the printing of a
 * paper (<i>protezione CSRF</i>). Three checks, each enough alone against a cross-site form in today's browsers:
 * <ol>
 *   <li>{@code Sec-Fetch-Site}, when the browser sends it, must be {@code same-origin};</li>
 *   <li>{@code Origin} must be present and be the console's own ({@code https://host:port} the request was sent
 *       to);</li>
 *   <li>the header {@value #HEADER} must be present: an HTML form cannot send a header, and a script of another
 *       origin can only after a CORS preflight, which the sandbox never grants.</li>
 * </ol>
 * The API calls the console makes need no more: they carry the session in {@code Authorization} (never a cookie, so
 * the browser adds nothing on its own), a JSON body and an {@code Idempotency-Key}, none of which a cross-site form
 * can send.
 */
public final class SameOriginCheck {

    /** The request header the console's script sends with every paper it asks for. */
    public static final String HEADER = "X-Tscns-Console";

    private SameOriginCheck() {}

    /**
     * Checks a request.
     *
     * @param ownOrigin     the origin the request was sent to, {@code https://host:port}
     * @param secFetchSite  the {@code Sec-Fetch-Site} header, if any
     * @param origin        the {@code Origin} header, if any
     * @param consoleHeader the {@value #HEADER} header, if any
     * @throws ConsoleException {@link ConsoleProblem.CrossSite} if a check fails
     */
    public static void check(
            String ownOrigin, Optional<String> secFetchSite, Optional<String> origin, Optional<String> consoleHeader) {
        Objects.requireNonNull(ownOrigin, "ownOrigin");
        if (secFetchSite.isPresent() && !secFetchSite.get().equals("same-origin")) {
            throw new ConsoleException(new ConsoleProblem.CrossSite("sec-fetch-site"));
        }
        if (origin.isEmpty() || !origin.get().equalsIgnoreCase(ownOrigin)) {
            throw new ConsoleException(new ConsoleProblem.CrossSite("origin"));
        }
        if (consoleHeader.isEmpty()) {
            throw new ConsoleException(new ConsoleProblem.CrossSite("console-header"));
        }
    }
}
