package io.tscns.core;

import java.util.List;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.Store;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Ends every property after at most {@code tscns.jqwik.maxTries} satisfied tries when that system property is set,
 * as the build's mutation testing does: PIT reruns the properties that cover each mutant, and {@code
 * jqwik.tries.default} lowers only the properties that do not set their own tries. Without the system property it
 * does nothing. A copy of {@code io.tscns.test.jqwik.MutationTries}, which tscns-core cannot use (that module
 * depends on this one). Registered for jqwik through {@code META-INF/services} (the class path, which PIT uses).
 */
public final class MutationTries implements AroundTryHook {

    /** The system property that caps the tries. */
    public static final String PROPERTY = "tscns.jqwik.maxTries";

    /** Creates the hook; jqwik does, through the service loader. */
    public MutationTries() {}

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor property, List<Object> parameters) {
        TryExecutionResult result = property.execute(parameters);
        Integer cap = Integer.getInteger(PROPERTY);
        if (cap == null) {
            return result;
        }
        Store<int[]> tries = Store.getOrCreate(MutationTries.class, Lifespan.PROPERTY, () -> new int[1]);
        int done = ++tries.get()[0];
        return result.isSatisfied() && done >= cap ? TryExecutionResult.satisfied(true) : result;
    }
}
