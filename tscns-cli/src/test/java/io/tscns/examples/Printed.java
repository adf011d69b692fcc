package io.tscns.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What an example prints on standard output, captured so that its run can check it. */
final class Printed {

    /** An example body that may throw. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private Printed() {}

    static synchronized String by(Body body) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
    }
}
