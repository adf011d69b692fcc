package io.tscns.card;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.error.CardAccessException;
import io.tscns.card.transport.ScriptedTransport;
import io.tscns.card.transport.ScriptedTransportException;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import io.tscns.test.junit.SecretLeaks;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * With TRACE logging on for the whole SDK, no PIN or PUK reaches the log, an exception message or a script-mismatch
 * message, in any form {@link SecretLeaks} knows, on success and on every error path of the PIN operations. The trace
 * also holds the card id the card sends, digits a generated code may share: a leak is a code's own form, not its
 * digits inside that public data.
 */
class SecretsNeverLeakTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Provide
    Arbitrary<String> pins() {
        return Arbitraries.strings()
                .numeric()
                .ofMinLength(5)
                .ofMaxLength(8)
                .filter(s -> s.chars().distinct().count() > 2)
                .filter(SecretsNeverLeakTest::notInTheCardId);
    }

    @Provide
    Arbitrary<String> puks() {
        return Arbitraries.strings()
                .numeric()
                .ofLength(8)
                .filter(s -> s.chars().distinct().count() > 2)
                .filter(SecretsNeverLeakTest::notInTheCardId);
    }

    /** A code the card id (public, in the trace) holds could not be told from it. */
    private static boolean notInTheCardId(String code) {
        return !ReferenceCard.CARD_ID.contains(code);
    }

    @Provide
    Arbitrary<String> answers() {
        return Arbitraries.of("9000", "63C2", "6300", "6983", "6982", "6A88", "6700", "6A86", "6F00", "6C08", "6101");
    }

    @Property(tries = 200)
    void noPinOrPukReachesTheTraceOrAnException(
            @ForAll("pins") String pinText,
            @ForAll("pins") String newPinText,
            @ForAll("puks") String pukText,
            @ForAll("answers") String answer) {
        List<String> secrets = List.of(pinText, newPinText, pukText);
        List<String> seen = new ArrayList<>();
        try (LogCapture log = LogCapture.start();
                Pin pin = Pin.parse(pinText);
                Pin newPin = Pin.parse(newPinText);
                Puk puk = Puk.parse(pukText)) {
            ScriptedTransport.Builder script = ScriptedTransport.builder();
            ReferenceCard.cardId(script, true); // the generation is settled before the first PIN command
            ScriptedTransport card = script.expect(command(0x20, 0x00, pin.paddedForCard()), answer)
                    .expect(command(0x24, 0x00, concat(pin.paddedForCard(), newPin.paddedForCard())), answer)
                    .expect(command(0x2C, 0x00, concat(puk.paddedForCard(), newPin.paddedForCard())), answer)
                    .expect(command(0x2C, 0x01, puk.paddedForCard()), answer)
                    .build();
            CnsCard cnsCard = CnsCard.open(card, HEX.parseHex(ReferenceCard.ATR_EXTENDED));
            List<Runnable> operations = List.of(
                    () -> cnsCard.verifyPin(pin),
                    () -> cnsCard.changePin(pin, newPin),
                    () -> cnsCard.unblockPin(puk, newPin),
                    () -> cnsCard.unblockPin(puk),
                    () -> cnsCard.verifyPin(newPin));
            for (Runnable operation : operations) {
                try {
                    operation.run();
                } catch (CardAccessException | ScriptedTransportException e) {
                    seen.add(e.toString());
                    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                        seen.add(cause.toString());
                    }
                }
            }
            seen.addAll(log.messages());
            assertTrue(log.text().contains("bytes redacted>"), "the trace was on: " + log.messages());
        }
        SecretLeaks.assertNone(String.join("\n", seen), secrets.toArray(String[]::new));
    }

    private static String command(int ins, int p1, byte[] data) {
        return String.format("00%02X%02X10%02X", ins, p1, data.length) + HEX.formatHex(data);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
