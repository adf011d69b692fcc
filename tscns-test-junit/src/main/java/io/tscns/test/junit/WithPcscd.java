package io.tscns.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the machine's real PC/SC stack (pcscd with vsmartcard's virtual reader);
 * see {@link PcscExtension}. Such tests carry the JUnit tag {@code pcsc}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PcscExtension.class)
@Tag("pcsc")
public @interface WithPcscd {}
