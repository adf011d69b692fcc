package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.GeneratorCoverage;
import io.tscns.core.audit.internal.ExportLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The export reader and the text codecs it uses fail only with their typed exceptions, whatever they are fed: random
 * bytes, random text, and valid exports with random edits.
 */
class AuditExportProperties {

    private final AuditVerifier verifier = AuditFixtures.verifier();

    /** Bytes to read as an export and, if they are a genuine export, what verifying it must give. */
    record Input(byte[] bytes, Optional<AuditVerification.Intact> genuine) {}

    @Provide
    Arbitrary<Input> exportLikeBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> randomLines = Arbitraries.strings()
                .withChars("seqrvahtopdlcfuinkm= :%0123456789abcdefvHMAC-S\n\u00e0")
                .ofMaxLength(400)
                .map(s -> (AuditExport.FORMAT + " anchor=0:" + "0".repeat(64) + "\n" + s)
                        .getBytes(StandardCharsets.UTF_8));
        Arbitrary<Input> editedExports = Combinators.combine(
                        AuditFixtures.chains(),
                        Arbitraries.integers()
                                .between(0, Integer.MAX_VALUE)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(4),
                        Arbitraries.bytes().list().ofMinSize(4).ofMaxSize(4),
                        Arbitraries.integers().between(0, 2))
                .as(AuditExportProperties::edit);
        return Arbitraries.frequencyOf(
                Tuple.of(1, random.map(b -> new Input(b, Optional.empty()))),
                Tuple.of(1, randomLines.map(b -> new Input(b, Optional.empty()))),
                Tuple.of(3, editedExports),
                Tuple.of(2, AuditFixtures.chains().map(chain -> edit(chain, List.of(), List.of(), 0))));
    }

    /**
     * Applies up to four edits to an export of the chain: replace, insert or delete a byte at random offsets. The
     * result is genuine only if the edits changed nothing (no edits, or a byte replaced by itself).
     */
    private static Input edit(List<AuditEntry> chain, List<Integer> offsets, List<Byte> bytes, int kind) {
        byte[] original = AuditFixtures.export(AuditChainHead.GENESIS, chain);
        byte[] export = original;
        for (int i = 0; i < offsets.size(); i++) {
            int at = offsets.get(i) % export.length;
            byte[] next;
            if (kind == 0) {
                next = export.clone();
                next[at] = bytes.get(i);
            } else if (kind == 1) {
                next = new byte[export.length + 1];
                System.arraycopy(export, 0, next, 0, at);
                next[at] = bytes.get(i);
                System.arraycopy(export, at, next, at + 1, export.length - at);
            } else {
                next = new byte[export.length - 1];
                System.arraycopy(export, 0, next, 0, at);
                System.arraycopy(export, at + 1, next, at, export.length - at - 1);
            }
            export = next;
            if (export.length == 0) {
                break;
            }
        }
        Optional<AuditVerification.Intact> genuine = Arrays.equals(original, export)
                ? Optional.of(new AuditVerification.Intact(
                        chain.size(), chain.get(chain.size() - 1).head()))
                : Optional.empty();
        return new Input(export, genuine);
    }

    @Property
    void readingAnythingFailsOnlyWithTheTypedException(@ForAll("exportLikeBytes") Input input) throws IOException {
        try {
            AuditExportReader reader = AuditExport.open(new ByteArrayInputStream(input.bytes()));
            List<AuditEntry> entries = new ArrayList<>();
            for (Optional<AuditEntry> entry = reader.next(); entry.isPresent(); entry = reader.next()) {
                entries.add(entry.get());
            }
            // Read to the end: the trailer is there, and every line is the canonical rendering of what it holds, so
            // writing the same items again gives back the very bytes read, seal included.
            AuditExportTrailer trailer = reader.trailer().orElseThrow();
            StringBuilder written = new StringBuilder(ExportLines.header(reader.anchor())).append('\n');
            entries.forEach(e -> written.append(ExportLines.entry(e)).append('\n'));
            written.append(ExportLines.trailer(trailer)).append('\n');
            assertArrayEquals(input.bytes(), written.toString().getBytes(StandardCharsets.UTF_8));
        } catch (MalformedAuditExportException expected) {
            assertNotNull(expected.problem());
            assertTrue(expected.line() >= 1);
        }
    }

    @Property
    void onlyAGenuineExportVerifies(@ForAll("exportLikeBytes") Input input) throws IOException {
        AuditVerification result = verifier.verifyExport(new ByteArrayInputStream(input.bytes()));
        if (input.genuine().isPresent()) {
            assertEquals(input.genuine().get(), result);
            Statistics.label("verdict").collect("intact");
        } else {
            AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, result);
            assertFalse(broken.isIntact());
            assertTrue(broken.index() >= 0);
            Statistics.label("verdict").collect("broken");
        }
        Statistics.label("verdict").coverage(checker -> {
            checker.check("intact").count(GeneratorCoverage.atLeastPercent(15));
            checker.check("broken").count(GeneratorCoverage.atLeastPercent(50));
        });
    }

    @Property
    void detailsTextRoundTrips(@ForAll("details") AuditDetails details) {
        assertEquals(details, AuditDetails.parse(details.toText()));
    }

    @Provide
    Arbitrary<AuditDetails> details() {
        return AuditFixtures.details();
    }

    @Property
    void detailsParserFailsOnlyWithTheTypedException(@ForAll("detailsLikeText") String text) {
        readsBackExactlyOrFailsTyped(text, AuditDetails::parse, AuditDetails::toText);
    }

    /** A text parser either accepts the canonical text of what it returns, or throws only its typed exception. */
    private static <T> void readsBackExactlyOrFailsTyped(
            String text, Function<String, T> parse, Function<T, String> render) {
        try {
            assertEquals(text, render.apply(parse.apply(text)));
        } catch (InvalidAuditValueException expected) {
            assertNotNull(expected.reason());
        }
    }

    @Provide
    Arbitrary<String> detailsLikeText() {
        Arbitrary<String> structured = Arbitraries.strings()
                .withChars("abz09_.-:,%ACF \u00e0\ud83d\ude00")
                .ofMaxLength(40);
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> edited = Combinators.combine(
                        AuditFixtures.details(),
                        Arbitraries.strings().ofMaxLength(3),
                        Arbitraries.integers().between(0, 1000))
                .as((d, insert, at) -> {
                    String t = d.toText();
                    int i = t.isEmpty() ? 0 : at % t.length();
                    return t.substring(0, i) + insert + t.substring(i);
                });
        return Arbitraries.oneOf(structured, anything, edited);
    }

    @Property
    void outcomesRoundTripThroughTheirTextForm(@ForAll("outcomes") AuditOutcome outcome) {
        assertEquals(outcome, AuditOutcome.parse(outcome.toText()));
    }

    @Provide
    Arbitrary<AuditOutcome> outcomes() {
        return AuditFixtures.outcomes();
    }

    @Property
    void smallParsersFailOnlyWithTheTypedException(@ForAll("sealLikeText") String text) {
        readsBackExactlyOrFailsTyped(text, AuditOutcome::parse, AuditOutcome::toText);
        readsBackExactlyOrFailsTyped(text, AuditSeal::parse, AuditSeal::toString);
        readsBackExactlyOrFailsTyped(text, AuditHash::parseHex, AuditHash::toHex);
    }

    @Provide
    Arbitrary<String> sealLikeText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings()
                        .withChars("v1:HMAC-SHA256k0123456789abcdefABCDEF\u0663")
                        .ofMaxLength(80),
                Arbitraries.strings().withChars("refusdcailF:_.-A0 ").ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789abcdef\u0663\uff11").ofLength(64));
    }
}
