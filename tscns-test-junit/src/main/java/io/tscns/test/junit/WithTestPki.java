package io.tscns.test.junit;

import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test the test PKI, through {@link TestPkiExtension}: declare a parameter of type {@link TestPki}, or
 * {@link io.tscns.testpki.TestCa} for the regional citizen CA of {@link #issuer()}.
 *
 * <pre>{@code
 * @WithTestPki
 * class LoginTest {
 *     @Test
 *     void acceptsACnsCertificate(TestPki pki, TestCa toscana) { ... }
 * }
 * }</pre>
 *
 * <p>A PKI is built once per seed in a test run and shared (its keys are the expensive part); with the same seed it
 * is byte-for-byte the same on every run. A method-level annotation overrides the class-level one.
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(TestPkiExtension.class)
public @interface WithTestPki {

    /**
     * The seed of every key of the PKI.
     *
     * @return the seed; {@link TestPki#DEFAULT_SEED}, the seed of {@link TestPki#standard()}, by default
     */
    long seed() default TestPki.DEFAULT_SEED;

    /**
     * The region whose citizen CA a {@link io.tscns.testpki.TestCa} parameter receives.
     *
     * @return the issuer; Tuscany by default
     */
    TestIssuer issuer() default TestIssuer.TOSCANA;
}
