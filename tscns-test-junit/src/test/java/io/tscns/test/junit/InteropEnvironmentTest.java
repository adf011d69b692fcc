package io.tscns.test.junit;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class InteropEnvironmentTest {

    @Test
    void aMissingServiceFailsInCiAndSkipsElsewhere() {
        IllegalStateException cause = new IllegalStateException("pcscd");
        AssertionFailedError failed = assertThrows(
                AssertionFailedError.class,
                () -> InteropEnvironment.unavailable("pcscd is not installed", cause, true));
        assertTrue(failed.getMessage().contains("pcscd is not installed"));
        assertSame(cause, failed.getCause());
        TestAbortedException skipped = assertThrows(
                TestAbortedException.class,
                () -> InteropEnvironment.unavailable("pcscd is not installed", cause, false));
        assertTrue(skipped.getMessage().contains("skipped outside CI"));
    }
}
