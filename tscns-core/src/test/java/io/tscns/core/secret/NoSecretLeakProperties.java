package io.tscns.core.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.function.Executable;

/**
 * Proves that no PIN, PUK or CIP value, nor any half of one, shows in a {@code toString}, an exception message, a
 * Jackson JSON document or a Java serialisation stream, on the normal paths and on every error path.
 *
 * <p>Two sets of codes are generated from two seeds; everything observable is collected for each. The collections
 * must be equal: what does not change when every code changes cannot contain a code. This also covers the short
 * halves (a 2-digit counter half could appear by chance inside any number, so a plain "does not contain" check on it
 * would be meaningless). On top of that, no full code may appear in any text or stream.
 */
class NoSecretLeakProperties {

    /** Jackson as an application would use it; stack frames are left out of exceptions to keep failures legible. */
    private static final ObjectMapper JSON = new ObjectMapper().addMixIn(Throwable.class, NoStackTrace.class);

    private static final SplitPolicy MEF = SplitPolicy.MEF_SOGEI;
    private static final SplitPolicy CIP_FOUR_PLUS_FOUR = MEF.withRule(CodeKind.CIP, new SplitRule(4, 4));

    /** One set of generated codes: a 5-digit and an 8-digit PIN, a PUK and a CIP whose two 4-digit halves differ. */
    record Codes(Pin pin, Pin longPin, Puk puk, Cip cip) {

        static Codes generate(long seed) {
            CodeGenerator generator = SecretTestSupport.seededGenerator(seed);
            Pin pin = generator.generatePin();
            Pin longPin = generator.generatePin(8);
            Puk puk = generator.generatePuk();
            char[] cip = generator.generateCip().toCharArray();
            if (Arrays.equals(cip, 0, 4, cip, 4, 8)) {
                cip[4] = (char) ('0' + (cip[4] - '0' + 1) % 10);
            }
            return new Codes(pin, longPin, puk, Cip.parse(cip));
        }

        List<String> values() {
            return List.of(
                    new String(pin.toCharArray()),
                    new String(longPin.toCharArray()),
                    new String(puk.toCharArray()),
                    new String(cip.toCharArray()));
        }
    }

    @JsonIgnoreProperties({"stackTrace"})
    private abstract static class NoStackTrace {}

    /** What an application could print, log or serialise. */
    record Exposure(List<String> texts, List<byte[]> streams) {
        Exposure() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    /** A record an application might build around a code and hand to a serialiser. */
    record Holder(SecretCode code, CodeHalf half) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    // 200 tries: each runs 13 error paths and 11 values through toString, Jackson and Java serialisation, twice.
    @Property(tries = 200)
    void noCodeOrHalfAppearsInAnyTextOrSerialisedForm(@ForAll long seedA, @ForAll long seedB) throws Exception {
        Assume.that(seedA != seedB);
        List<Exposure> exposures = new ArrayList<>();
        List<Codes> codes = new ArrayList<>();
        for (long seed : new long[] {seedA, seedB}) {
            Codes generated = Codes.generate(seed);
            codes.add(generated);
            exposures.add(expose(generated));
        }

        Exposure a = exposures.get(0);
        Exposure b = exposures.get(1);
        assertEquals(a.texts().size(), b.texts().size());
        for (int i = 0; i < a.texts().size(); i++) {
            assertEquals(a.texts().get(i), b.texts().get(i), "text #" + i + " depends on the value of a code");
        }
        assertEquals(a.streams().size(), b.streams().size());
        for (int i = 0; i < a.streams().size(); i++) {
            assertArrayEquals(
                    a.streams().get(i),
                    b.streams().get(i),
                    "serialised stream #" + i + " depends on the value of a code");
        }
        for (int i = 0; i < 2; i++) {
            for (String value : codes.get(i).values()) {
                for (String text : exposures.get(i).texts()) {
                    assertFalse(text.contains(value), text);
                }
                byte[] ascii = value.getBytes(StandardCharsets.US_ASCII);
                for (byte[] stream : exposures.get(i).streams()) {
                    assertFalse(contains(stream, ascii));
                }
            }
        }
    }

    private static Exposure expose(Codes c) throws Exception {
        Exposure out = new Exposure();
        SplitCode pinSplit = MEF.split(c.pin());
        SplitCode pukSplit = MEF.split(c.puk());
        SplitCode cipSplit = CIP_FOUR_PLUS_FOUR.split(c.cip());

        for (Object value : List.of(
                c.pin(),
                c.longPin(),
                c.puk(),
                c.cip(),
                pinSplit,
                pukSplit,
                cipSplit,
                pinSplit.counterHalf(),
                pinSplit.remoteHalf(),
                new Holder(c.puk(), pukSplit.remoteHalf()),
                List.of(c.pin(), pinSplit))) {
            exposeValue(out, value);
        }
        for (SecretCodeException e : errors(c, pinSplit, pukSplit, cipSplit)) {
            exposeError(out, e);
        }
        return out;
    }

    private static List<SecretCodeException> errors(
            Codes c, SplitCode pinSplit, SplitCode pukSplit, SplitCode cipSplit) {
        char[] pin = c.pin().toCharArray();
        char[] puk = c.puk().toCharArray();
        char[] counter = pinSplit.counterHalf().revealForReceipt();
        char[] remote = pinSplit.remoteHalf().revealForSending();
        char[] pukCounter = pukSplit.counterHalf().revealForReceipt();
        char[] pukRemote = pukSplit.remoteHalf().revealForSending();
        String cipCounter = new String(cipSplit.counterHalf().revealForReceipt());
        String cipRemote = new String(cipSplit.remoteHalf().revealForSending());
        char[] wrongRemote = remote.clone();
        wrongRemote[1] = (char) ('0' + (wrongRemote[1] - '0' + 1) % 10);
        char[] pukWithLetter = puk.clone();
        pukWithLetter[2] = 'O';
        char[] pukCounterWithLetter = pukCounter.clone();
        pukCounterWithLetter[1] = 'x';
        byte[] badPadding = c.pin().paddedForCard();
        badPadding[6] = badPadding[0];
        Pin destroyed = Pin.parse(pin);
        destroyed.destroy();

        List<Executable> paths = List.of(
                () -> Pin.parse(new String(pin) + "x"),
                () -> Pin.parse(new String(c.longPin().toCharArray()) + pin[0]),
                () -> Puk.parse(pukWithLetter),
                () -> Cip.parse(Arrays.copyOf(c.cip().toCharArray(), 7)),
                () -> Pin.fromCardField(badPadding),
                () -> MEF.split(c.longPin()),
                () -> MEF.recombinePin(counter, (new String(remote) + remote[0]).toCharArray()),
                () -> MEF.recombinePin(remote, counter),
                () -> MEF.recombinePuk(pukCounterWithLetter, pukRemote),
                () -> MEF.recombine(
                        CodeKind.PIN,
                        CodeFormat.PIN,
                        new String(counter),
                        new String(wrongRemote),
                        CodeReference.issued(c.pin())),
                () -> CIP_FOUR_PLUS_FOUR.recombine(
                        CodeKind.CIP, CodeFormat.DEFAULT_CIP, cipRemote, cipCounter, CodeReference.issued(c.cip())),
                () -> MEF.recombine(pinSplit.counterHalf(), pukSplit.remoteHalf()),
                destroyed::toCharArray);
        List<SecretCodeException> errors = new ArrayList<>();
        for (Executable path : paths) {
            errors.add(assertThrows(SecretCodeException.class, path));
        }
        return errors;
    }

    private static void exposeValue(Exposure out, Object value) throws JsonProcessingException {
        out.texts().add(String.valueOf(value));
        out.texts().add(JSON.writeValueAsString(value));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NotSerializableException refused = assertThrows(NotSerializableException.class, () -> {
            try (ObjectOutputStream stream = new ObjectOutputStream(bytes)) {
                stream.writeObject(value);
            }
        });
        out.texts().add(String.valueOf(refused.getMessage()));
        out.streams().add(bytes.toByteArray());
    }

    private static void exposeError(Exposure out, SecretCodeException e) throws IOException {
        out.texts().add(e.getMessage());
        out.texts().add(e.toString());
        out.texts().add(e.getLocalizedMessage());
        if (e instanceof InvalidSecretCodeException invalid) {
            invalid.problems().forEach(p -> out.texts().add(p + " " + p.describe()));
        } else if (e instanceof SplitDeliveryException split) {
            split.problems().forEach(p -> out.texts().add(p + " " + p.describe()));
        }
        out.texts().add(JSON.writeValueAsString(e));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream stream = new ObjectOutputStream(bytes)) {
            stream.writeObject(e);
        }
        out.streams().add(bytes.toByteArray());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 50)
    void jsonOfASecretShowsNothingButWhetherItIsDestroyed(@ForAll long seed) throws Exception {
        Codes c = Codes.generate(seed);
        try (SplitCode split = MEF.split(c.puk())) {
            for (Object value : List.of(c.pin(), c.puk(), c.cip(), split, split.counterHalf(), split.remoteHalf())) {
                assertEquals("{\"destroyed\":false}", JSON.writeValueAsString(value));
            }
        }
        assertTrue(
                JSON.writeValueAsString(new Holder(c.pin(), MEF.split(c.pin()).remoteHalf()))
                        .matches("\\{\"code\":\\{\"destroyed\":false},\"half\":\\{\"destroyed\":false}}"));
    }
}
