package io.tscns.card.jca;

import io.tscns.card.CnsCardOptions;
import io.tscns.card.profile.AtrCondition;
import io.tscns.card.profile.CardProfiles;
import io.tscns.card.profile.CnsVersion;
import io.tscns.card.profile.ProfileRule;
import io.tscns.card.profile.Quirk;
import io.tscns.card.profile.SigningMethod;
import io.tscns.core.secret.Pin;
import io.tscns.test.junit.InteropEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/** What the provider's tests share: card options, PIN handlers that count their prompts, openssl. */
final class CardKeyFixtures {

    /** Options under which every CNS signs with PSO COMPUTE DIGITAL SIGNATURE: the card pads, no raw RSA. */
    static final CnsCardOptions PADS_ON_CARD = CnsCardOptions.defaults()
            .withProfiles(CardProfiles.standard()
                    .withRule(new ProfileRule(
                            "pads-on-card",
                            "test",
                            new AtrCondition.CnsVersionAtLeast(CnsVersion.V1_0),
                            List.of(new Quirk.Signing(SigningMethod.PSO_COMPUTE_DIGITAL_SIGNATURE)))));

    private CardKeyFixtures() {}

    /** A handler that types the given PINs in turn, then cancels, and records what it was asked. */
    static final class TypingHandler implements CallbackHandler {
        private final List<String> pins;
        final AtomicInteger prompts = new AtomicInteger();
        final List<PinCallback> seen = new ArrayList<>();

        TypingHandler(String... pins) {
            this.pins = List.of(pins);
        }

        static TypingHandler typing(Pin pin) {
            return new TypingHandler(new String(pin.toCharArray()));
        }

        @Override
        public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
            for (Callback callback : callbacks) {
                if (!(callback instanceof PinCallback pin)) {
                    throw new UnsupportedCallbackException(callback);
                }
                seen.add(pin);
                int n = prompts.getAndIncrement();
                if (n < pins.size()) {
                    pin.setPassword(pins.get(n).toCharArray());
                }
            }
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /**
     * Runs {@code openssl dgst -verify} over data and a signature with a public key, with extra options.
     *
     * @return openssl's output, "Verified OK" on success
     */
    static String opensslVerify(Path directory, byte[] publicKeyDer, byte[] data, byte[] signature, String... options)
            throws IOException, InterruptedException {
        InteropEnvironment.require(
                Files.isExecutable(Path.of("/usr/bin/openssl")),
                "openssl is not installed (Debian: apt-get install openssl)");
        Path key = Files.writeString(directory.resolve("public.pem"), pem("PUBLIC KEY", publicKeyDer));
        Path in = Files.write(directory.resolve("data.bin"), data);
        Path sig = Files.write(directory.resolve("signature.bin"), signature);
        List<String> command = new ArrayList<>(List.of("openssl", "dgst", "-sha256"));
        command.addAll(List.of(options));
        command.addAll(List.of("-verify", key.toString(), "-signature", sig.toString(), in.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "openssl timed out";
        }
        return output.strip();
    }
}
