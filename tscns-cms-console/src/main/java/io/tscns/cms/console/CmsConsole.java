package io.tscns.cms.console;

import io.tscns.cms.console.internal.ConsoleHandler;
import io.tscns.cms.sandbox.SandboxMount;
import java.time.Clock;
import java.util.Objects;

/**
 * The sandbox CMS's browser console (<i>console della CMS di prova</i>): cards and their history, the counter's
 * workflow (identification, activation in each mode, reprint, FSE consents, revocation with the CIP) with its papers
 * as PDF, the outbox of e-mails and SMS for the sandbox's administrator, and the audit chain with its verification.
 * Every action is a call of the sandbox's own JSON API from the browser, with the operator's session, so the console
 * can do nothing the API would refuse; the only server-side part prints the papers from the API's answers.
 *
 * <p>Mount it on a sandbox: {@code SimulatedCms.builder().mount(CmsConsole.mount())}; {@code tscns cms serve} does,
 * and the console is then at {@code https://localhost:<port>/console/}.
 *
 * @since 0.1.0
 */
public final class CmsConsole {

    /** Where the console is served. */
    public static final String PATH = "/console/";

    private CmsConsole() {}

    /**
     * Returns the console to mount at {@link #PATH}, dating its papers by the system clock.
     *
     * @return the mount
     */
    public static SandboxMount mount() {
        return mount(Clock.systemUTC());
    }

    /**
     * Returns the console to mount at {@link #PATH}.
     *
     * @param clock dates the papers (the forms' date and the PDF's metadata)
     * @return the mount
     */
    public static SandboxMount mount(Clock clock) {
        return new SandboxMount(PATH, new ConsoleHandler(Objects.requireNonNull(clock, "clock")));
    }
}
