package io.tscns.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every class of tscns-core's main code, found by listing the class files where {@link TscnsException} was loaded
 * from (a directory or a jar). Tests use it to prove that they cover every problem family and every exception type,
 * so that a type added later without a test fails the build.
 */
final class CoreClasses {

    private CoreClasses() {}

    /**
     * Returns every class of the module, nested classes included.
     *
     * @return the classes, loaded without being initialised
     */
    static List<Class<?>> all() {
        CodeSource source = Objects.requireNonNull(
                TscnsException.class.getProtectionDomain().getCodeSource(), "no code source for tscns-core");
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                return classesUnder(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return classesUnder(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> classesUnder(Path root) throws IOException {
        String separator = root.getFileSystem().getSeparator();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("-info.class"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace(separator, "."))
                    .sorted()
                    .<Class<?>>map(CoreClasses::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TscnsException.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
