package io.tscns.cms.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Round trip of every protocol record through {@link CmsJson}, and nothing but typed errors on any input. */
class CmsJsonProperties {

    private static final List<Class<?>> TYPES =
            new ArrayList<>(WireArbitraries.all().keySet());

    @Provide
    Arbitrary<Object> values() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Arbitrary<Object>> all =
                (List) new ArrayList<>(WireArbitraries.all().values());
        return Arbitraries.oneOf(all);
    }

    @Property
    void everyRecordRoundTrips(@ForAll("values") Object value) {
        byte[] json = CmsJson.encode(value);
        Object decoded = CmsJson.decode(json, value.getClass());
        assertInstanceOf(value.getClass(), decoded);
        assertEquals(
                new String(json, StandardCharsets.UTF_8), new String(CmsJson.encode(decoded), StandardCharsets.UTF_8));
        assertEquals(value.toString(), decoded.toString());
    }

    @Provide
    Arbitrary<Class<?>> types() {
        return Arbitraries.of(TYPES);
    }

    @Property
    void arbitraryBytesGiveOnlyTypedErrors(@ForAll byte[] bytes, @ForAll("types") Class<?> type) {
        decodeTyped(bytes, type);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Object, List<Tuple.Tuple3<Integer, Integer, String>>>> mutated() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit = Arbitraries.integers()
                .between(0, 10_000)
                .flatMap(at -> Arbitraries.integers()
                        .between(0, 4)
                        .flatMap(drop -> Arbitraries.of(
                                        "",
                                        "\"",
                                        "{",
                                        "}",
                                        "[",
                                        "]",
                                        ",",
                                        ":",
                                        "null",
                                        "0",
                                        "-1e999",
                                        "true",
                                        "\"x\"",
                                        "\\u0000",
                                        "{\"a\":1}",
                                        "99999999999999999999",
                                        "\"2024-13-45\"",
                                        "\"\"")
                                .map(ins -> Tuple.of(at, drop, ins))));
        return Combinators.combine(values(), edit.list().ofMinSize(1).ofMaxSize(4))
                .as(Tuple::of);
    }

    @Property
    void mutatedDocumentsGiveOnlyTypedErrors(
            @ForAll("mutated") Tuple.Tuple2<Object, List<Tuple.Tuple3<Integer, Integer, String>>> input) {
        StringBuilder json = new StringBuilder(new String(CmsJson.encode(input.get1()), StandardCharsets.UTF_8));
        for (Tuple.Tuple3<Integer, Integer, String> edit : input.get2()) {
            int at = edit.get1() % (json.length() + 1);
            json.delete(at, Math.min(json.length(), at + edit.get2()));
            json.insert(at, edit.get3());
        }
        decodeTyped(
                json.toString().getBytes(StandardCharsets.UTF_8), input.get1().getClass());
    }

    @Property(tries = 50)
    void deepOrHugeDocumentsAreRefusedTyped(@ForAll("types") Class<?> type) {
        byte[] deep = "[".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        decodeTyped(deep, type);
        byte[] huge = new byte[CmsJson.MAX_DOCUMENT_BYTES + 1];
        CmsProtocolException e = assertThrows(CmsProtocolException.class, () -> CmsJson.decode(huge, type));
        assertInstanceOf(ProtocolProblem.TooLarge.class, e.problem());
    }

    private static void decodeTyped(byte[] bytes, Class<?> type) {
        try {
            CmsJson.decode(bytes, type);
        } catch (CmsProtocolException e) {
            assertEquals(1, e.problems().size());
            assertFalse(e.getMessage().isBlank());
        }
    }
}
