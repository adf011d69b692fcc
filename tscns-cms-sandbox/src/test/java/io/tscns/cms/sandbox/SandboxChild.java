package io.tscns.cms.sandbox;

import io.tscns.core.lifecycle.LifecyclePolicy;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The sandbox in a child JVM, for {@link SandboxCrashTest}: starts {@link SandboxCmsServer} on the data directory
 * given as the only argument and an ephemeral port, prints its summary (the base URI first) and serves until killed.
 */
public final class SandboxChild {

    private SandboxChild() {}

    /**
     * Starts the sandbox and blocks.
     *
     * @param args the data directory
     * @throws Exception if it cannot start
     */
    public static void main(String[] args) throws Exception {
        SandboxCmsServer.start(0, Path.of(args[0]), LifecyclePolicy.TOSCANA_2_0, System.out);
        System.out.println("ready");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
