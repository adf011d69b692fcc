package io.tscns.simcard.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A vendor who wants only the simulated card gets the core domain, the test PKI that signs its certificate and
 * their libraries: no database, no HTTP framework, no SDK module the card is meant to check.
 */
class DependenciesTest {

    @Test
    void theSimulatedCardBringsOnlyTheCoreTheTestPkiAndTheirLibraries() throws IOException {
        String text =
                Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        Set<String> artifacts = Arrays.stream(text.split(java.io.File.pathSeparator))
                .map(Path::of)
                .map(p -> p.endsWith(Path.of("target", "classes"))
                        ? p.getParent().getParent().getFileName()
                        : p.getFileName())
                .map(name -> name.toString().replaceAll("-[0-9][0-9.]*(-SNAPSHOT)?\\.jar$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                new TreeSet<>(Set.of(
                        "tscns-core",
                        "tscns-testpki",
                        "slf4j-api",
                        "bcprov-jdk18on",
                        "bcpkix-jdk18on",
                        "bcutil-jdk18on")),
                artifacts);
    }
}
