package io.tscns.card.pinpad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.MalformedApduException;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.test.jqwik.TscnsArbitraries;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The part 10 codecs: the feature list and the two PIN structures round-trip and fail only with their typed error. */
class PinPadStructureProperties {

    @Provide
    Arbitrary<Map<Integer, Integer>> featureMaps() {
        return Arbitraries.maps(Arbitraries.integers().between(0, 255), Arbitraries.integers())
                .ofMaxSize(20);
    }

    @Property
    void aFeatureListRoundTrips(@ForAll("featureMaps") Map<Integer, Integer> codes) {
        ReaderFeatures features = new ReaderFeatures(codes);
        byte[] encoded = features.encode();
        assertEquals(codes.size() * 6, encoded.length);
        ReaderFeatures parsed = ReaderFeatures.parse(encoded);
        assertEquals(features, parsed);
        assertEquals(codes.containsKey(ReaderFeature.VERIFY_PIN_DIRECT.tag()), parsed.verifiesOnKeypad());
        codes.forEach((tag, code) -> ReaderFeature.ofTag(tag)
                .ifPresent(feature ->
                        assertEquals(code, parsed.controlCode(feature).orElseThrow())));
    }

    @Property
    void anyBytesAreAFeatureListOrTheTypedError(@ForAll @Size(max = 80) byte[] bytes) {
        try {
            assertArrayEquals(bytes, ReaderFeatures.parse(bytes).encode());
        } catch (UnexpectedResponseException expected) {
            assertTrue(bytes.length % 6 != 0 || expected.getMessage().contains("feature list"));
        }
    }

    @Provide
    Arbitrary<PinEntryFormat> formats() {
        Arbitrary<Integer> b = Arbitraries.integers().between(0, 255);
        Arbitrary<int[]> sizes = Combinators.combine(b, b).as((x, y) -> new int[] {Math.min(x, y), Math.max(x, y)});
        return Combinators.combine(
                        b, b, b, b, b, sizes, b, Arbitraries.integers().between(0, 0xFFFF))
                .as((t1, t2, format, block, length, minMax, validation, language) ->
                        new PinEntryFormat(t1, t2, format, block, length, minMax[0], minMax[1], validation, language));
    }

    @Provide
    Arbitrary<CommandApdu> templates() {
        return TscnsArbitraries.commandApdus().map(CommandApdu::parse);
    }

    /** 200 tries: each template may be a kilobyte long. */
    @Property(tries = 200)
    void aVerifyStructureRoundTrips(
            @ForAll("formats") PinEntryFormat format,
            @ForAll @IntRange(max = 255) int messages,
            @ForAll @IntRange(max = 255) int index,
            @ForAll("templates") CommandApdu template) {
        PinVerifyStructure structure = new PinVerifyStructure(format, messages, index, template);
        byte[] encoded = structure.encode();
        assertEquals(PinVerifyStructure.HEADER_LENGTH + template.encode().length, encoded.length);
        assertEquals(
                template.encode().length,
                ByteBuffer.wrap(encoded, 15, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        assertEquals(format.maxDigits(), encoded[5] & 0xFF, "wPINMaxExtraDigit is little-endian: maximum first");
        assertEquals(format.minDigits(), encoded[6] & 0xFF);
        assertEquals(structure, PinVerifyStructure.decode(encoded));
    }

    /** 200 tries: each template may be a kilobyte long. */
    @Property(tries = 200)
    void aModifyStructureRoundTrips(
            @ForAll("formats") PinEntryFormat format,
            @ForAll @Size(value = 7) int[] bytes,
            @ForAll("templates") CommandApdu template) {
        int[] b = Arrays.stream(bytes).map(x -> Math.floorMod(x, 256)).toArray();
        PinModifyStructure structure =
                new PinModifyStructure(format, b[0], b[1], b[2], b[3], b[4], b[5], b[6], template);
        byte[] encoded = structure.encode();
        assertEquals(PinModifyStructure.HEADER_LENGTH + template.encode().length, encoded.length);
        assertEquals(b[0], encoded[5] & 0xFF, "bInsertionOffsetOld follows bmPINLengthFormat");
        assertEquals(format.maxDigits(), encoded[7] & 0xFF);
        assertEquals(structure, PinModifyStructure.decode(encoded));
    }

    @Property
    void anyBytesAreAVerifyStructureOrTheTypedError(@ForAll @Size(max = 60) byte[] bytes) {
        try {
            PinVerifyStructure decoded = PinVerifyStructure.decode(bytes);
            assertEquals(decoded, PinVerifyStructure.decode(decoded.encode()));
        } catch (MalformedApduException expected) {
            // the only failure allowed
        }
    }

    @Property
    void anyBytesAreAModifyStructureOrTheTypedError(@ForAll @Size(max = 60) byte[] bytes) {
        try {
            PinModifyStructure decoded = PinModifyStructure.decode(bytes);
            assertEquals(decoded, PinModifyStructure.decode(decoded.encode()));
        } catch (MalformedApduException expected) {
            // the only failure allowed
        }
    }

    @Property(tries = 200)
    void validStructuresWithAnyTemplateBytesDecodeOrFailTyped(
            @ForAll("formats") PinEntryFormat format, @ForAll @Size(max = 40) byte[] template) {
        CommandApdu apdu = CommandApdu.of(0, 0x20, 0, 0x10, new byte[8]);
        byte[] encoded = new PinVerifyStructure(format, 1, 0, apdu).encode();
        byte[] spliced = Arrays.copyOf(encoded, PinVerifyStructure.HEADER_LENGTH + template.length);
        System.arraycopy(template, 0, spliced, PinVerifyStructure.HEADER_LENGTH, template.length);
        ByteBuffer.wrap(spliced, 15, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(template.length);
        try {
            assertEquals(
                    CommandApdu.parse(template),
                    PinVerifyStructure.decode(spliced).template());
        } catch (MalformedApduException expected) {
            // the template is not a command APDU
        }
    }
}
