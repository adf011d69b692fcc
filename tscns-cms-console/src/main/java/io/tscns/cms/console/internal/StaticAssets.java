package io.tscns.cms.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The console's files (<i>risorse statiche</i>): one page, one style sheet, one script and an icon, read from the module's
 * resources once, when the console is made. A fixed list, so that no request path ever names a resource to read.
 */
public final class StaticAssets {

    /**
     * One file.
     *
     * @param bytes       its content
     * @param contentType its media type
     */
    public record Asset(byte[] bytes, String contentType) {}

    private static final String DIRECTORY = "/io/tscns/cms/console/assets/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "console.css", "text/css; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Map<String, Asset> assets;

    /** Reads the files. */
    public StaticAssets() {
        Map<String, Asset> read = new java.util.HashMap<>();
        FILES.forEach((name, type) -> read.put(name, new Asset(read(name), type)));
        this.assets = Map.copyOf(read);
    }

    /**
     * Returns the file served at a path under the console ({@code ""} is the page).
     *
     * @param relative the path after {@code /console/}
     * @return the file, or empty
     */
    public Optional<Asset> at(String relative) {
        return Optional.ofNullable(assets.get(relative.isEmpty() ? "index.html" : relative));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("the console's file " + name + " is missing from its jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
