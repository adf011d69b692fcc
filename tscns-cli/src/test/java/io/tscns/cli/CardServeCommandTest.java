package io.tscns.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardServeCommandTest {

    @Test
    void servesASeededCardAndPrintsItsSheetUntilInterrupted() throws Exception {
        String first = serve("--seed", "42");
        String second = serve("--seed", "42");

        assertTrue(first.contains("Simulated TS-CNS card (stincard profile)"), first);
        assertTrue(first.contains("Holder:       MARIO ROSSI, codice fiscale RSSMRA80A01H501"), first);
        assertTrue(first.matches("(?s).*PIN: +\\d{5,8}\n.*"), first);
        assertTrue(first.contains("stop with Ctrl-C"), first);
        assertEquals(cardId(first), cardId(second), "the same seed issues the same card");
    }

    private static String serve(String... extra) throws Exception {
        try (ServerSocket vpcd = new ServerSocket(0)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AtomicReference<Cli.Result> result = new AtomicReference<>();
            String[] args = new String[6 + extra.length];
            System.arraycopy(new String[] {"card", "serve", "--vpcd", "--port", String.valueOf(vpcd.getLocalPort()),
                "--profile=stincard"}, 0, args, 0, 6);
            System.arraycopy(extra, 0, args, 6, extra.length);
            Thread server = new Thread(() -> result.set(Cli.withoutReaders().run(out, args)));
            server.start();
            while (server.isAlive() && !out.toString().contains("Ctrl-C")) {
                Thread.sleep(5);
            }
            server.interrupt();
            server.join();
            assertTrue(result.get().exited(ExitCode.OK), result.get()::toString);
            return result.get().out();
        }
    }

    private static String cardId(String sheet) {
        return sheet.lines().filter(line -> line.contains("ID_Carta:")).findFirst().orElseThrow();
    }
}
