package io.tscns.card.layers;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Finds where a class was loaded from (a classes directory or a JAR), through the URL of its own class file, for the
 * tests that read this module's classes or start a JVM on them.
 */
final class ClassRoots {

    private ClassRoots() {}

    /**
     * Returns the directory or JAR holding a class.
     *
     * @param type the class
     * @return the root of its package tree
     */
    static Path of(Class<?> type) {
        URL url = type.getResource(type.getSimpleName() + ".class");
        try {
            if ("jar".equals(url.getProtocol())) {
                String spec = url.toString();
                return Path.of(new URI(spec.substring("jar:".length(), spec.indexOf("!/"))));
            }
            Path path = Path.of(url.toURI());
            for (int i = type.getName().split("\\.").length; i > 0; i--) {
                path = path.getParent();
            }
            return path;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type + " from " + url, e);
        }
    }
}
