package io.tscns.test.junit;

import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.lifecycle.LifecyclePolicy;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link SimulatedCms} parameters for tests annotated {@link WithSandboxCms}: starts the sandbox on first
 * use and keeps it in the store of the class (or of the method), which closes it when that scope ends.
 *
 * @since 0.1.0
 */
public final class SandboxCmsExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SandboxCmsExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SimulatedCms.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        WithSandboxCms settings = Settings.find(context, WithSandboxCms.class);
        boolean onMethod = context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, WithSandboxCms.class))
                .isPresent();
        boolean perMethod = onMethod || settings.scope() == WithSandboxCms.Scope.METHOD;
        ExtensionContext owner = perMethod ? context : classContext(context);
        // A store also finds its parents' values: the method's sandbox needs a key of its own.
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        perMethod ? WithSandboxCms.Scope.METHOD : WithSandboxCms.Scope.CLASS,
                        key -> start(settings),
                        SimulatedCms.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static SimulatedCms start(WithSandboxCms settings) {
        SimulatedCms.Builder builder = SimulatedCms.builder().lifecycle(policy(settings.profile()));
        if (settings.population()) {
            builder.withDefaultPopulation();
        }
        return builder.start();
    }

    /**
     * Returns the lifecycle profile with an id.
     *
     * @param id the id given to {@link WithSandboxCms#profile()}
     * @return the profile
     * @throws ParameterResolutionException naming the profiles there are, if none has that id
     */
    static LifecyclePolicy policy(String id) {
        return Arrays.stream(LifecyclePolicy.values())
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ParameterResolutionException("@WithSandboxCms(profile = \"" + id
                        + "\"): choose one of "
                        + Arrays.stream(LifecyclePolicy.values())
                                .map(LifecyclePolicy::id)
                                .toList()));
    }
}
