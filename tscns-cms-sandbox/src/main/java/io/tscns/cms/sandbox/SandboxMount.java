package io.tscns.cms.sandbox;

import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;

/**
 * An extra web application the sandbox's HTTPS server serves beside the CMS protocol, under a path prefix of its own
 * (<i>applicazione montata</i>), on the same loopback port, TLS and connection limits: the browser console of
 * {@code tscns-cms-console} at {@code /console/} is one. The sandbox hands it every request whose path starts with
 * the prefix and nothing else; the handler answers them all (a Jetty 12 core {@link Handler}), and reaches the CMS
 * only as any client does, through the protocol's HTTP API. So the sandbox itself needs nothing a mounted
 * application needs (the console's PDF library among them). Given with {@link SimulatedCms.Builder#mount}.
 *
 * @param pathPrefix where it is served: {@code /} then one or more lower-case path segments and a final {@code /}
 *                   (e.g. {@code /console/}); never under {@code /cms/}, the protocol's
 * @param handler    answers every request under the prefix
 *
 * @since 0.1.0
 */
public record SandboxMount(String pathPrefix, Handler handler) {

    private static final Pattern PREFIX = Pattern.compile("/([a-z0-9-]+/)+");

    /** Checks the components. */
    public SandboxMount {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(handler, "handler");
        if (!PREFIX.matcher(pathPrefix).matches() || pathPrefix.startsWith("/cms/")) {
            throw new IllegalArgumentException("a mount's prefix is /segment/…/, outside /cms/: " + pathPrefix);
        }
    }

    /**
     * Tells whether a request path is this mount's: the prefix, or the prefix without its final slash.
     *
     * @param path the request's decoded path
     * @return whether the mount serves it
     */
    public boolean serves(String path) {
        return path.startsWith(pathPrefix) || path.equals(pathPrefix.substring(0, pathPrefix.length() - 1));
    }
}
