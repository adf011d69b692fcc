package io.tscns.cli.demo;

import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CliFailure;
import io.tscns.cli.internal.Failures;
import io.tscns.cli.internal.Report;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tscns demo}: runs the end-to-end scenario of {@link DemoScenario} on embedded defaults, with no hardware
 * and no network beyond the loopback interface, and prints each step as one line, {@code [n/12] what … ok
 * (detail)}, or with {@code --json} one JSON document with every step's outcome, details and duration. It stops at
 * the first step that fails and reports it as one line on standard error with a non-zero exit. No code (PIN, PUK,
 * CIP or a half of one) is ever printed: the receipt's and the e-mail's halves are shown masked. With {@code --out
 * DIR} the activation steps also write their papers as PDF/A files (see {@link DemoDocuments}).
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Run the end-to-end scenario on a sandbox CMS, simulated cards and a test CA: no card, "
                    + "reader or network needed.",
            "A card is produced for a citizen, activated at a pharmacy (and a second one on delegation), its PIN "
                    + "recombined from the receipt and the e-mail and verified on the card, used to log in to a "
                    + "service provider, revoked with the CIP and refused at the next login; the audit chain is "
                    + "verified."
        })
public final class DemoCommand extends TscnsCommand {

    @Mixin
    private JsonOption json;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Also write the documents of the demo's activations (receipts with the counter halves, "
                    + "request forms, declarations) as PDF/A files to DIR, readable by their owner only; an "
                    + "existing file is never overwritten, so give a new or empty DIR.")
    private Path outDirectory;

    @Option(
            names = "--fail-at",
            hidden = true,
            paramLabel = "STEP",
            description = "Make the named step fail at once, to see how a failure is reported (for tests).")
    private String failAt;

    @Override
    protected ExitCode execute() {
        List<DemoStep> steps = DemoScenario.steps();
        if (failAt != null) {
            try {
                steps = DemoScenario.failingAt(steps, failAt);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec().commandLine(), e.getMessage());
            }
        }
        PrintStream out = environment().out();
        DemoListener listener = json.enabled() ? DemoListener.NONE : new TextListener(out);
        DemoResult result;
        try (DemoContext context = new DemoContext(environment().clock(), listener)) {
            if (outDirectory != null) {
                context.documentsDirectory(outDirectory);
            }
            result = new DemoRunner(steps).run(context, listener);
        }
        if (json.enabled()) {
            report(result).print(out, true);
        } else if (result.succeeded()) {
            out.println("demo ok: " + steps.size() + " steps in " + seconds(result.duration()));
        }
        out.flush();
        if (result.succeeded()) {
            return ExitCode.OK;
        }
        StepResult failed = result.failedStep().orElseThrow();
        CliFailure cause = Failures.classify(result.failure().orElseThrow());
        throw new CliFailure(
                cause.exitCode(),
                "demo step " + failed.index() + "/" + steps.size() + " (" + failed.name() + ") failed: "
                        + failed.error().orElse(""),
                cause.getCause());
    }

    private static Report report(DemoResult result) {
        List<Object> steps = result.steps().stream()
                .map(step -> {
                    Report details = new Report();
                    step.details().values().forEach((key, value) -> details.put(key, key, value));
                    Report report = new Report()
                            .put("index", "Step", step.index())
                            .put("name", "Name", step.name())
                            .put("title", "Title", step.title())
                            .put("outcome", "Outcome", step.outcome().name())
                            .put(
                                    "durationMillis",
                                    "Duration (ms)",
                                    step.duration().toMillis())
                            .put("summary", "Summary", step.details().summary())
                            .put("details", "Details", details);
                    step.error().ifPresent(error -> report.put("error", "Error", error));
                    return (Object) report;
                })
                .toList();
        return new Report()
                .put("outcome", "Outcome", result.succeeded() ? "OK" : "FAILED")
                .put("durationMillis", "Duration (ms)", result.duration().toMillis())
                .put("steps", "Steps", steps);
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Prints each step as one line as it runs, with the progress of slow steps in the middle. */
    private static final class TextListener implements DemoListener {
        private final PrintStream out;

        TextListener(PrintStream out) {
            this.out = out;
        }

        @Override
        public void started(int index, int total, DemoStep step) {
            out.print("[" + index + "/" + total + "] " + step.title() + " … ");
            out.flush();
        }

        @Override
        public void progress(String message) {
            out.print(message + " … ");
            out.flush();
        }

        @Override
        public void finished(StepResult result, int total) {
            out.println(
                    result.outcome() == StepOutcome.OK
                            ? "ok (" + result.details().summary() + ")"
                            : "FAILED");
            out.flush();
        }
    }
}
