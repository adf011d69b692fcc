package io.tscns.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.reader.Readers;
import io.tscns.card.reader.TerminalFactorySource;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.vpcd.PcscDaemon;
import io.tscns.simcard.vpcd.VpcdBridge;
import io.tscns.test.junit.InteropEnvironment;
import io.tscns.test.junit.WithPcscd;
import io.tscns.testpki.KeyPairSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 acceptance: {@code ./tscns watch}, run as a subprocess like a user runs it, keeps reporting insertions
 * after the machine's pcscd is restarted twice, and says that the service was lost and is back; and this JVM, whose
 * JDK PC/SC context the first restart kills, reads the card again through {@link TerminalFactorySource#recovering()}.
 * It restarts pcscd, so it runs in a JVM of its own (the {@code pcscd-restart} failsafe execution of this module).
 */
@WithPcscd
@Tag("pcscd-restart")
class WatchRestartIT {

    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(1919)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String READER = PcscDaemon.FIRST_READER_NAME;

    @Test
    void watchKeepsReportingInsertionsAfterTwoPcscdRestarts(PcscDaemon daemon) throws Exception {
        InteropEnvironment.require(
                daemon.startedHere(),
                "a pcscd started by the tests (this test restarts it; stop " + "the running one)");
        InetSocketAddress vpcd = daemon.reader(0).vpcdAddress();
        Readers readers = Readers.using(TerminalFactorySource.recovering());
        Process watch = new ProcessBuilder(ROOT.resolve("tscns").toString(), "watch", "--json", "--interval", "200")
                .directory(ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Events events = new Events(watch);
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            events.await("reader-attached", READER);
            for (int restart = 0; restart <= 2; restart++) {
                if (restart > 0) {
                    daemon.restart(TIMEOUT);
                    events.await("service-unavailable", null);
                    events.await("service-available", null);
                    events.await("reader-attached", READER);
                }
                VpcdBridge bridge = VpcdBridge.start(issued.card(), vpcd);
                try {
                    assertTrue(bridge.awaitReaderContact(TIMEOUT), "vpcd took the card after restart " + restart);
                    events.await("card-inserted", READER);
                    if (restart > 0) {
                        assertEquals(
                                issued.cardId(),
                                readThroughPcsc(readers).cardId(),
                                "this JVM reads the card again after restart " + restart);
                    }
                } finally {
                    bridge.close();
                }
                events.await("card-removed", READER);
            }
        } finally {
            watch.destroy();
            watch.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static CardIdentity readThroughPcsc(Readers readers) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                try (CnsCard card = PcscCards.open(readers.firstWithCard())) {
                    return card.readIdentity();
                }
            } catch (RuntimeException e) {
                // The first call after a restart reports the loss; the next one reconnects.
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** The JSON lines {@code watch} prints, read on a thread of their own. */
    private static final class Events {
        private final BlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
        private final List<JsonNode> seen = new ArrayList<>();

        Events(Process watch) {
            Thread reader = new Thread(
                    () -> {
                        ObjectMapper json = new ObjectMapper();
                        try (BufferedReader in = new BufferedReader(
                                new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
                            for (String line = in.readLine(); line != null; line = in.readLine()) {
                                queue.add(json.readTree(line));
                            }
                        } catch (IOException e) {
                            // The process was destroyed.
                        }
                    },
                    "watch-output");
            reader.setDaemon(true);
            reader.start();
        }

        void await(String event, String reader) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                JsonNode next = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("watch did not report " + event + " " + (reader == null ? "" : reader)
                            + " in " + TIMEOUT + "; it reported " + seen);
                }
                seen.add(next);
                if (next.path("event").asText().equals(event)
                        && (reader == null || next.path("reader").asText().equals(reader))) {
                    return;
                }
            }
        }
    }
}
