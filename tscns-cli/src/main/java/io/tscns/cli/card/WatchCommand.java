package io.tscns.cli.card;

import io.tscns.card.reader.ReaderEvent;
import io.tscns.card.reader.ReaderMonitor;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.Report;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tscns watch}: prints reader and card events as they happen (<i>monitoraggio dei lettori</i>) until
 * interrupted, or until {@code --count} events were printed. The first events list the readers and cards already
 * there (the service being available at the start is not an event).
 */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Print reader and card events (attached, detached, inserted, removed, service lost and back) "
                + "until interrupted; the first events show what is already there.")
public final class WatchCommand extends TscnsCommand {

    @Option(
            names = "--count",
            paramLabel = "N",
            defaultValue = "0",
            description = "Stop after N events (default: never).")
    private int count;

    @Option(
            names = "--interval",
            paramLabel = "MILLIS",
            defaultValue = "500",
            description = "Longest wait between two polls of the readers, in milliseconds (default ${DEFAULT-VALUE}).")
    private long intervalMillis;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        if (count < 0 || intervalMillis < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec().commandLine(), "--count must not be negative and --interval must be positive");
        }
        BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
        try (ReaderMonitor monitor =
                new ReaderMonitor(CardReaders.readers(environment()), Duration.ofMillis(intervalMillis))) {
            monitor.addListener(events::add);
            monitor.start();
            ReaderEvent first = events.take();
            int seen = 0;
            if (!(first instanceof ReaderEvent.ServiceAvailable)) {
                print(first);
                seen++;
            }
            for (; count == 0 || seen < count; seen++) {
                print(events.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private void print(ReaderEvent event) {
        Report report =
                new Report().put("time", "Time", environment().clock().instant().toString());
        if (event instanceof ReaderEvent.ReaderAttached e) {
            report.put("event", "Event", "reader-attached").put("reader", "Reader", e.reader());
        } else if (event instanceof ReaderEvent.ReaderDetached e) {
            report.put("event", "Event", "reader-detached").put("reader", "Reader", e.reader());
        } else if (event instanceof ReaderEvent.CardInserted e) {
            report.put("event", "Event", "card-inserted").put("reader", "Reader", e.reader());
        } else if (event instanceof ReaderEvent.CardRemoved e) {
            report.put("event", "Event", "card-removed").put("reader", "Reader", e.reader());
        } else if (event instanceof ReaderEvent.ServiceUnavailable e) {
            report.put("event", "Event", "service-unavailable").put("reason", "Reason", e.reason());
        } else {
            report.put("event", "Event", "service-available");
        }
        if (json.enabled()) {
            environment().out().println(report.toJsonLine());
        } else {
            environment().out().println(report.toTextLine());
        }
        environment().out().flush();
    }
}
