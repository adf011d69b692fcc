package io.tscns.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test a running sandbox CMS, through {@link SandboxCmsExtension}: declare a parameter of type
 * {@link io.tscns.cms.sandbox.SimulatedCms}. The sandbox is in memory, on an ephemeral port of the loopback
 * interface, with the standard test PKI; with {@link #population()} it has the default operators of every role and
 * three shipped cards ({@code SimulatedCms.start()}). Clients trust {@code caCertificate()} and log in with
 * {@code operator(id).credential()}.
 *
 * <pre>{@code
 * @WithSandboxCms
 * class CounterFlowTest {
 *     @Test
 *     void activatesACard(SimulatedCms cms) { ... }
 * }
 * }</pre>
 *
 * <p>One sandbox serves every test of the class, so tests must not depend on each other's changes; annotate a method
 * (or choose {@link Scope#METHOD}) for a sandbox of its own. The sandbox is closed when its scope ends.
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SandboxCmsExtension.class)
public @interface WithSandboxCms {

    /** How long one sandbox lives. */
    enum Scope {
        /** One sandbox for every test of the annotated class. */
        CLASS,
        /** A sandbox for each test method. */
        METHOD
    }

    /**
     * The lifecycle profile, by its id: {@code toscana-2.0} (Tuscany operating manual v2.0) or {@code dm-2011}
     * (DM 20 June 2011, with suspension and reactivation).
     *
     * @return the profile id; {@code toscana-2.0} by default
     */
    String profile() default "toscana-2.0";

    /**
     * Whether the sandbox starts with the default operators and cards.
     *
     * @return {@code true} by default
     */
    boolean population() default true;

    /**
     * How long one sandbox lives; a method-level annotation always gets its own.
     *
     * @return {@link Scope#CLASS} by default
     */
    Scope scope() default Scope.CLASS;
}
