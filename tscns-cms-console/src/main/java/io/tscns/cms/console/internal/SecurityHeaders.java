package io.tscns.cms.console.internal;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The headers on every answer of the console (<i>intestazioni di sicurezza</i>), assets, papers and refusals alike:
 * nothing is cached ({@code no-store}: the pages show personal data and the papers the counter halves), a strict
 * Content-Security-Policy (scripts, styles, fetches and images from the console's own origin only, no inline script
 * or style, no plugin, no framing of the console by any page), no content-type sniffing, no referrer, the browsing
 * context isolated from other origins' windows, and the browser's powerful features off.
 */
public final class SecurityHeaders {

    /**
     * The Content-Security-Policy. {@code default-src 'none'} denies everything not listed; the console's own
     * script and style files are {@code 'self'}; {@code connect-src 'self'} lets the script call the API on the same
     * origin and nowhere else; a paper opens as a {@code blob:} document made by the script, which
     * {@code frame-src}/{@code object-src} never need because it opens in its own tab.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    private SecurityHeaders() {}

    /**
     * Puts the headers on an answer.
     *
     * @param headers the answer's headers
     */
    public static void apply(HttpFields.Mutable headers) {
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    }
}
