package io.tscns.core.audit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The export reader and the text codecs it uses fail only with their typed exceptions, whatever they are fed: random
 * bytes, random text, and valid exports with random edits.
 */
class AuditExportProperties {

    private final AuditVerifier verifier = AuditFixtures.verifier();

    @Provide
    Arbitrary<byte[]> exportLikeBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> randomLines = Arbitraries.strings()
                .withChars("seqrvahtopdlcfuinkm= :%0123456789abcdefvHMAC-S\n\u00e0")
                .ofMaxLength(400)
                .map(s -> (AuditExport.FORMAT + " anchor=0:" + "0".repeat(64) + "\n" + s)
                        .getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> editedExports = Combinators.combine(
                AuditFixtures.chains(),
                Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.bytes().list().ofMinSize(4).ofMaxSize(4),
                Arbitraries.integers().between(0, 2)).as(AuditExportProperties::edit);
        return Arbitraries.oneOf(random, randomLines, editedExports);
    }

    /** Applies up to four edits to an export: replace, insert or delete a byte at random offsets. */
    private static byte[] edit(List<AuditEntry> chain, List<Integer> offsets, List<Byte> bytes, int kind) {
        byte[] export = AuditFixtures.export(AuditChainHead.GENESIS, chain);
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
        return export;
    }

    @Property
    void readingAnythingFailsOnlyWithTheTypedException(@ForAll("exportLikeBytes") byte[] input) throws IOException {
        try {
            AuditExportReader reader = AuditExport.open(new ByteArrayInputStream(input));
            Optional<AuditEntry> entry = reader.next();
            while (entry.isPresent()) {
                assertNotNull(entry.get().record());
                entry = reader.next();
            }
            assertFalse(reader.trailer().isEmpty());
        } catch (MalformedAuditExportException expected) {
            assertNotNull(expected.problem());
        }
    }

    @Property
    void verifyingAnythingReturnsAResultAndNeverThrows(@ForAll("exportLikeBytes") byte[] input) throws IOException {
        AuditVerification result = verifier.verifyExport(new ByteArrayInputStream(input));
        assertNotNull(result);
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
    private static <T> void readsBackExactlyOrFailsTyped(String text, Function<String, T> parse,
                                                         Function<T, String> render) {
        try {
            assertEquals(text, render.apply(parse.apply(text)));
        } catch (InvalidAuditValueException expected) {
            assertNotNull(expected.reason());
        }
    }

    @Provide
    Arbitrary<String> detailsLikeText() {
        Arbitrary<String> structured = Arbitraries.strings().withChars("abz09_.-:,%ACF \u00e0\ud83d\ude00")
                .ofMaxLength(40);
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> edited = Combinators.combine(AuditFixtures.details(), Arbitraries.strings().ofMaxLength(3),
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
                Arbitraries.strings().withChars("v1:HMAC-SHA256k0123456789abcdefABCDEF\u0663").ofMaxLength(80),
                Arbitraries.strings().withChars("refusdcailF:_.-A0 ").ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789abcdef\u0663\uff11").ofLength(64));
    }
}
