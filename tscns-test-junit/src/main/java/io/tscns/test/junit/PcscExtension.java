package io.tscns.test.junit;

import io.tscns.simcard.vpcd.PcscDaemon;
import io.tscns.simcard.vpcd.PcscUnavailableException;
import io.tscns.simcard.vpcd.VirtualReader;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving tests the machine's real PC/SC stack with vsmartcard's virtual reader: it starts pcscd
 * once for the whole run (or reuses a running one) and stops it at the end, and injects the {@link PcscDaemon} and
 * the first {@link VirtualReader} into test methods and constructors. After each test it takes out any card the test
 * left in the readers, waiting until PC/SC reports them empty.
 *
 * <p>When pcscd or the vpcd driver is missing, or pcscd cannot be started, tests fail if {@code CI=true} and are
 * skipped with the reason otherwise ({@link InteropEnvironment}). Use it through {@link WithPcscd}.
 *
 * @since 0.1.0
 */
public final class PcscExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    /** How long pcscd and its virtual reader may take to come up. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(15);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PcscExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        daemon(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        PcscDaemon daemon = daemon(context);
        for (int slot = 0; slot < 2; slot++) {
            VirtualReader reader = daemon.reader(slot);
            if (reader.holdsCard()) {
                reader.remove(READY_TIMEOUT);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PcscDaemon.class || type == VirtualReader.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        PcscDaemon daemon = daemon(context);
        return parameter.getParameter().getType() == PcscDaemon.class ? daemon : daemon.reader(0);
    }

    private static PcscDaemon daemon(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        Object stored = store.getOrComputeIfAbsent(PcscDaemon.class, key -> start());
        if (stored instanceof PcscUnavailableException e) {
            InteropEnvironment.unavailable(e.getMessage(), e);
        }
        return (PcscDaemon) stored;
    }

    private static Object start() {
        try {
            return PcscDaemon.startOrReuse(READY_TIMEOUT);
        } catch (PcscUnavailableException e) {
            return e;
        }
    }
}
