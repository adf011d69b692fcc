package io.tscns.core.secret;

import java.lang.reflect.Field;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.PrimitiveIterator;
import java.util.stream.IntStream;

/** Helpers shared by the tests of this package. */
final class SecretTestSupport {

    private SecretTestSupport() {}

    /** A {@code SHA1PRNG} seeded before first use, which makes its output a function of the seed. */
    static SecureRandom seededRandom(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA1PRNG is required by every JDK", e);
        }
    }

    static CodeGenerator seededGenerator(long seed) {
        return new CodeGenerator(seededRandom(seed));
    }

    /** A random source whose {@code nextInt(bound)} returns the given values in turn, modulo the bound, forever. */
    static SecureRandom scriptedRandom(int... values) {
        return new SecureRandom() {
            private static final long serialVersionUID = 1L;
            private PrimitiveIterator.OfInt next = IntStream.of(values).iterator();

            @Override
            public int nextInt(int bound) {
                if (!next.hasNext()) {
                    next = IntStream.of(values).iterator();
                }
                return next.nextInt() % bound;
            }
        };
    }

    /** The private array inside a code or a half, read by reflection to prove that {@code destroy()} zeroes it. */
    static byte[] internalBytes(SecretValue value) {
        return (byte[]) read(SecretBytes.class, "bytes", value.secret());
    }

    private static Object read(Class<?> type, String name, Object target) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("test needs field " + type.getSimpleName() + "." + name, e);
        }
    }
}
