package io.tscns.test.junit;

import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestPki;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link TestPki} and {@link TestCa} parameters for tests annotated {@link WithTestPki}. PKIs are kept in
 * the root store of the test run, one per seed; the default seed gives {@link TestPki#standard()} itself.
 *
 * @since 0.1.0
 */
public final class TestPkiExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TestPkiExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestPki.class || type == TestCa.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        WithTestPki settings = Settings.find(context, WithTestPki.class);
        TestPki pki = pki(context, settings.seed());
        return parameter.getParameter().getType() == TestPki.class ? pki : pki.issuingCa(settings.issuer());
    }

    /**
     * Returns the run's PKI for a seed, building it on first use.
     *
     * @param context the extension context
     * @param seed    the seed
     * @return the shared PKI
     */
    static TestPki pki(ExtensionContext context, long seed) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        seed,
                        key -> seed == TestPki.DEFAULT_SEED
                                ? TestPki.standard()
                                : TestPki.builder().seed(seed).build(),
                        TestPki.class);
    }
}
