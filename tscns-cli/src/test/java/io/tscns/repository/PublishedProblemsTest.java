package io.tscns.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.crl.CrlProblem;
import io.tscns.card.profile.Rejection;
import io.tscns.cli.demo.DemoCheckException;
import io.tscns.cms.client.CmsException;
import io.tscns.cms.client.CmsProblem;
import io.tscns.cms.documents.DocumentProblem;
import io.tscns.cms.protocol.ProtocolProblem;
import io.tscns.cms.sandbox.SandboxCmsServer;
import io.tscns.core.Problem;
import io.tscns.core.TscnsException;
import io.tscns.core.UnknownCodeException;
import io.tscns.simcard.SimulatedCardException;
import io.tscns.testpki.TestPkiException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published problem codes of the whole SDK, and the sentences that go with them, against golden lists in
 * {@code src/test/resources/io/tscns/repository/}.
 *
 * <p>{@code problem-codes.txt} holds one line per member of every problem family (a sealed interface of records or
 * an enum implementing {@link Problem}), found by walking the main classes of the API packages of every module: the family, the member
 * and its {@link Problem#code() code}. CMSs put these codes in problem documents and clients store them, so a line
 * never changes: if this test fails, a code was renamed or removed, or a family or member was added without its
 * line. Add lines for new members; never edit one.
 *
 * <p>{@code problem-messages.txt} holds the {@link Problem#describe() sentence} of one instance of every member,
 * built from fixed sample values, and the message and problem codes of every public constructor of every public
 * {@link TscnsException} of an API package, called with sample values. A change of wording is allowed, but
 * only on purpose: update the line in the same commit.
 */
class PublishedProblemsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/io/tscns/repository");

    /** One class of each main module, to find the module's classes from. */
    private static final List<Class<?>> MODULES = List.of(
            TscnsException.class,
            Rejection.class,
            CrlProblem.class,
            ProtocolProblem.class,
            CmsException.class,
            DocumentProblem.class,
            SimulatedCardException.class,
            TestPkiException.class,
            SandboxCmsServer.class,
            DemoCheckException.class);

    /** Packages that need a library the command line does not bring (the servlet API is optional). */
    private static final Set<String> OPTIONAL_PACKAGES = Set.of("io.tscns.auth.servlet");

    /** A problem that is not a family member: the client carries the codes a CMS sends, whatever they are. */
    private static final Set<Class<?>> OPEN_PROBLEMS = Set.of(CmsProblem.class);

    private static final List<Class<?>> CLASSES = allClasses();

    @Test
    void everyPublishedCodeIsPinned() throws IOException {
        assertGolden(
                "problem-codes.txt",
                eachMember((family, member) -> family.getName() + " " + name(member) + " " + member.code()));
    }

    @Test
    void codesAreKebabCaseAndUniqueWithinTheirFamily() {
        for (Class<?> family : families()) {
            List<String> codes = members(family).stream().map(Problem::code).toList();
            assertEquals(codes.size(), Set.copyOf(codes).size(), family.getName() + " repeats a code: " + codes);
            codes.forEach(code -> assertTrue(code.matches("[a-z0-9]+(-[a-z0-9]+)*"), family.getName() + " " + code));
        }
    }

    @Test
    void everyProblemBelongsToAFamily() {
        List<Class<?>> families = families();
        List<String> strays = CLASSES.stream()
                .filter(type -> Problem.class.isAssignableFrom(type) && type != Problem.class)
                .filter(PublishedProblemsTest::isPublicApi)
                .filter(type -> !families.contains(type) && !OPEN_PROBLEMS.contains(type))
                .filter(type -> families.stream().noneMatch(family -> family.isAssignableFrom(type)))
                .map(Class::getName)
                .toList();
        assertEquals(List.of(), strays, "problems outside a sealed family or enum; pin them here");
    }

    @Test
    void sentencesAndExceptionMessagesAreUnchanged() throws IOException {
        List<String> actual = new ArrayList<>(
                eachMember((family, member) -> family.getName() + "." + name(member) + ": " + member.describe()));
        for (Class<?> type : CLASSES) {
            if (TscnsException.class.isAssignableFrom(type)
                    && isPublicApi(type)
                    && !Modifier.isAbstract(type.getModifiers())) {
                for (Constructor<?> constructor : type.getConstructors()) {
                    actual.add(message(constructor));
                }
            }
        }
        assertGolden("problem-messages.txt", actual);
    }

    private static String message(Constructor<?> constructor) {
        Type[] parameters = constructor.getGenericParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = sample(parameters[i], i);
        }
        TscnsException exception;
        try {
            exception = (TscnsException) constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError("sample values do not build " + constructor, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(constructor.toString(), e);
        }
        String signature = Arrays.stream(constructor.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
        return constructor.getDeclaringClass().getName() + signature + ": " + exception.getMessage() + " "
                + exception.problems().stream().map(Problem::code).toList();
    }

    private static void assertGolden(String file, List<String> actual) throws IOException {
        List<String> sorted =
                actual.stream().map(line -> line.replace("\n", "\\n")).sorted().toList();
        List<String> expected = Files.readAllLines(GOLDEN.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .sorted()
                .toList();
        Set<String> missing = new TreeSet<>(expected);
        sorted.forEach(missing::remove);
        Set<String> unexpected = new TreeSet<>(sorted);
        expected.forEach(unexpected::remove);
        assertTrue(
                missing.isEmpty() && unexpected.isEmpty(),
                file + " differs\n  pinned but not found:\n    "
                        + String.join("\n    ", missing) + "\n  found but not pinned:\n    "
                        + String.join("\n    ", unexpected) + "\n");
        assertEquals(expected, sorted, file + " pins a line twice, or a line is found twice");
    }

    /** One line for each member of each family. */
    private static List<String> eachMember(BiFunction<Class<?>, Problem, String> line) {
        List<String> lines = new ArrayList<>();
        for (Class<?> family : families()) {
            members(family).forEach(member -> lines.add(line.apply(family, member)));
        }
        return lines;
    }

    /** Every sealed interface or enum that implements {@link Problem} directly, by name. */
    private static List<Class<?>> families() {
        return CLASSES.stream()
                .filter(type -> Arrays.asList(type.getInterfaces()).contains(Problem.class))
                .filter(type -> type.isEnum() || type.isInterface() && type.isSealed())
                .filter(PublishedProblemsTest::isPublicApi)
                .toList();
    }

    /**
     * One instance of each member of a family: each constant of an enum, or one of each record a sealed interface
     * permits (through sealed sub-interfaces).
     */
    private static List<Problem> members(Class<?> family) {
        if (family.isEnum()) {
            return Arrays.stream(family.getEnumConstants())
                    .map(Problem.class::cast)
                    .toList();
        }
        List<Problem> members = new ArrayList<>();
        for (Class<?> member : family.getPermittedSubclasses()) {
            if (member.isInterface()) {
                members.addAll(members(member));
            } else {
                assertTrue(member.isRecord(), member + " is not a record");
                members.add((Problem) sample(member, 0));
            }
        }
        return members;
    }

    private static String name(Problem problem) {
        return problem instanceof Enum<?> constant
                ? constant.name()
                : problem.getClass().getSimpleName();
    }

    /** Plain values, a different one for each seed. */
    private static final Map<Class<?>, IntFunction<Object>> PLAIN = Map.of(
            int.class, seed -> 1 + seed,
            long.class, seed -> 1L + seed,
            boolean.class, seed -> seed % 2 == 0,
            char.class, seed -> (char) ('A' + seed),
            String.class, seed -> "s" + seed,
            LocalDate.class, seed -> LocalDate.of(2020, 1, 1).plusDays(seed),
            Instant.class, seed -> Instant.EPOCH.plusSeconds(3600L * seed),
            Throwable.class, seed -> new IOException("cause " + seed),
            TscnsException.class, seed -> new UnknownCodeException("Cause", "c" + seed),
            OptionalInt.class, seed -> OptionalInt.of(1 + seed));

    /**
     * Returns a fixed value of a type for a seed: a plain value, a constant of an enum, a record of such values
     * (each component with its own seed, so that no two components look alike), a member of a sealed interface,
     * or a list (of two) or optional of such values.
     */
    private static Object sample(Type type, int seed) {
        if (type instanceof WildcardType wildcard) {
            return sample(wildcard.getUpperBounds()[0], seed);
        }
        if (type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            if (parameterized.getRawType() == List.class) {
                return List.of(sample(element, seed), sample(element, seed + 1));
            }
            if (parameterized.getRawType() == Optional.class) {
                return Optional.of(sample(element, seed));
            }
            return sample(parameterized.getRawType(), seed);
        }
        Class<?> raw = (Class<?>) type;
        if (PLAIN.containsKey(raw)) {
            return PLAIN.get(raw).apply(seed);
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[seed % constants.length];
        }
        if (raw.isRecord()) {
            return record(raw, seed);
        }
        if (raw.isSealed()) {
            Class<?>[] permitted = raw.getPermittedSubclasses();
            return sample(permitted[seed % permitted.length], seed);
        }
        throw new AssertionError("no sample value for " + raw.getName() + "; add one");
    }

    private static Object record(Class<?> type, int seed) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sample(components[i].getGenericType(), seed + i);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new AssertionError("sample values do not build a " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getName(), e);
        }
    }

    /** Whether a type is API: public, and not in an {@code internal} package (which no module exports). */
    private static boolean isPublicApi(Class<?> type) {
        return Modifier.isPublic(type.getModifiers())
                && !type.getPackageName().matches(".*\\.internal(\\..*)?")
                && type.getModule().isExported(type.getPackageName());
    }

    /** Every class of the main code of every module, nested ones included, loaded without being initialised. */
    private static List<Class<?>> allClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> anchor : MODULES) {
            try {
                Path location = Path.of(anchor.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                if (Files.isDirectory(location)) {
                    classes.addAll(classesUnder(location, anchor.getClassLoader()));
                } else {
                    try (FileSystem jar = FileSystems.newFileSystem(location)) {
                        classes.addAll(classesUnder(jar.getPath("/"), anchor.getClassLoader()));
                    }
                }
            } catch (IOException | URISyntaxException e) {
                throw new AssertionError("cannot list the classes of " + anchor.getModule(), e);
            }
        }
        classes.sort((a, b) -> a.getName().compareTo(b.getName()));
        return List.copyOf(classes);
    }

    private static List<Class<?>> classesUnder(Path root, ClassLoader loader) throws IOException {
        String separator = root.getFileSystem().getSeparator();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (String file : files.map(root::relativize).map(Path::toString).toList()) {
                if (!file.endsWith(".class") || file.endsWith("-info.class")) {
                    continue;
                }
                String name =
                        file.substring(0, file.length() - ".class".length()).replace(separator, ".");
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    String pkg = name.substring(0, name.lastIndexOf('.'));
                    assertTrue(OPTIONAL_PACKAGES.contains(pkg), "cannot load " + name + ": " + e);
                }
            }
        }
        return classes;
    }
}
