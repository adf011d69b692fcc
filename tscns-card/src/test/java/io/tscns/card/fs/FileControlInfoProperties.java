package io.tscns.card.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tscns.card.fs.internal.BerTlv;
import io.tscns.test.jqwik.GeneratorCoverage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class FileControlInfoProperties {

    /** One data object of an FCI template as the model sees it. */
    record Field(int tag, byte[] value) {}

    /**
     * What the FCI of some bytes must be, from ISO/IEC 7816-4 §5.3.3 as the tests read it: one 62, 64 or 6F
     * template whose objects (and those of one nested template) each appear once; 80 or else 81 is the size in 1 to
     * 4 bytes, 82 a descriptor of 1 to 6 bytes, 83 a 2-byte file id, 84 a DF name of 1 to 16 bytes, 8A one
     * life-cycle byte, 86 the security attributes; other tags are ignored. Empty input has no FCI. Empty result:
     * the bytes must be refused.
     */
    static Optional<FileControlInfo> model(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of(FileControlInfo.NONE);
        }
        List<BerTlv> outer;
        try {
            outer = BerTlv.parseAll(bytes, 0, bytes.length);
        } catch (BerTlv.MalformedTlvException e) {
            return Optional.empty();
        }
        if (outer.size() != 1 || !TEMPLATES.contains(outer.get(0).tag())) {
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        if (!flatten(outer.get(0), true, fields)) {
            return Optional.empty();
        }
        Map<Integer, byte[]> byTag = new HashMap<>();
        for (Field field : fields) {
            if (byTag.put(field.tag(), field.value()) != null) {
                return Optional.empty();
            }
        }
        OptionalInt size = OptionalInt.empty();
        for (int tag : new int[] {0x81, 0x80}) {
            byte[] v = byTag.get(tag);
            if (v != null) {
                if (v.length < 1 || v.length > 4 || v.length == 4 && v[0] < 0) {
                    return Optional.empty();
                }
                size = OptionalInt.of(new java.math.BigInteger(1, v).intValueExact());
            }
        }
        if (!lengthOk(byTag, 0x82, 1, 6)
                || !lengthOk(byTag, 0x83, 2, 2)
                || !lengthOk(byTag, 0x84, 1, 16)
                || !lengthOk(byTag, 0x8A, 1, 1)) {
            return Optional.empty();
        }
        return Optional.of(new FileControlInfo(
                size,
                Optional.ofNullable(byTag.get(0x83)).map(v -> new FileId(((v[0] & 0xFF) << 8) | (v[1] & 0xFF))),
                Optional.ofNullable(byTag.get(0x82)).map(v -> FileType.of(v[0] & 0xFF)),
                Optional.ofNullable(byTag.get(0x84))
                        .map(v -> HexFormat.of().withUpperCase().formatHex(v)),
                Optional.ofNullable(byTag.get(0x8A)).map(v -> LifeCycleStatus.of(v[0] & 0xFF)),
                Optional.ofNullable(byTag.get(0x86)).map(AccessConditions::decode)));
    }

    private static final List<Integer> TEMPLATES = List.of(0x62, 0x64, 0x6F);

    private static boolean flatten(BerTlv template, boolean outer, List<Field> fields) {
        List<BerTlv> content;
        try {
            content = BerTlv.parseAll(template.value(), 0, template.length());
        } catch (BerTlv.MalformedTlvException e) {
            return false;
        }
        for (BerTlv object : content) {
            if (outer && TEMPLATES.contains(object.tag())) {
                if (!flatten(object, false, fields)) {
                    return false;
                }
            } else {
                fields.add(new Field(object.tag(), object.value()));
            }
        }
        return true;
    }

    private static boolean lengthOk(Map<Integer, byte[]> byTag, int tag, int min, int max) {
        byte[] v = byTag.get(tag);
        return v == null || v.length >= min && v.length <= max;
    }

    /** Parses and compares with the model; returns what happened, for the statistics. */
    private static String parsesAsTheModelSays(byte[] bytes) {
        Optional<FileControlInfo> expected = model(bytes);
        try {
            FileControlInfo parsed = FileControlInfo.parse(bytes);
            assertEquals(expected, Optional.of(parsed));
            return "parsed";
        } catch (MalformedFciException e) {
            assertEquals(Optional.empty(), expected, e.getMessage());
            assertFalse(e.getMessage().isBlank());
            return "refused";
        }
    }

    @Property
    void arbitraryBytesParseAsTheModelSaysOrFailWithTheTypedException(@ForAll @Size(max = 300) byte[] bytes) {
        parsesAsTheModelSays(bytes);
    }

    /** FCIs built from fields that are mostly valid: about half parse, and each rule is broken now and then. */
    @Provide
    Arbitrary<byte[]> fcis() {
        Arbitrary<Field> field = Arbitraries.frequencyOf(
                Tuple.of(3, value(0x80, 1, 4)),
                Tuple.of(1, value(0x81, 1, 4)),
                Tuple.of(3, value(0x82, 1, 6)),
                Tuple.of(3, value(0x83, 2, 2)),
                Tuple.of(2, value(0x84, 1, 16)),
                Tuple.of(3, value(0x8A, 1, 1)),
                Tuple.of(
                        3, Arbitraries.bytes().array(byte[].class).ofMaxSize(12).map(v -> new Field(0x86, v))),
                Tuple.of(1, value(0x85, 0, 3)),
                Tuple.of(1, value(0xA5, 0, 3)));
        Arbitrary<List<Field>> fields = field.list().ofMaxSize(7);
        return Combinators.combine(Arbitraries.of(0x62, 0x64, 0x6F), fields, fields.optional(0.2))
                .as((tag, outer, nested) -> {
                    ByteArrayOutputStream content = new ByteArrayOutputStream();
                    outer.forEach(f -> content.writeBytes(tlv(f.tag(), f.value())));
                    nested.ifPresent(n -> {
                        ByteArrayOutputStream inner = new ByteArrayOutputStream();
                        n.forEach(f -> inner.writeBytes(tlv(f.tag(), f.value())));
                        content.writeBytes(tlv(0x6F, inner.toByteArray()));
                    });
                    return tlv(tag, content.toByteArray());
                });
    }

    /** A field of the given tag, its value of a valid length nine times in ten and one byte off otherwise. */
    private static Arbitrary<Field> value(int tag, int min, int max) {
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(min, max)),
                Tuple.of(1, Arbitraries.of(Math.max(0, min - 1), max + 1)));
        return length.flatMap(n -> Arbitraries.bytes().array(byte[].class).ofSize(n))
                .map(v -> new Field(tag, v));
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (value.length > 127) {
            out.write(0x81);
        }
        out.write(value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }

    @Property
    void builtFcisParseAsTheModelSays(@ForAll("fcis") byte[] fci) {
        Statistics.label("outcome").collect(parsesAsTheModelSays(fci));
        Statistics.label("outcome").coverage(checker -> {
            checker.check("parsed").count(GeneratorCoverage.atLeastPercent(15));
            checker.check("refused").count(GeneratorCoverage.atLeastPercent(15));
        });
    }

    @Property
    void arbitraryBytesAreEitherTlvOrTheTypedTlvError(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            int total = 0;
            for (BerTlv tlv : BerTlv.parseAll(bytes, 0, bytes.length)) {
                total += tlv.length();
            }
            assertEquals(true, total <= bytes.length, "no object holds more bytes than were given");
        } catch (BerTlv.MalformedTlvException expected) {
            // the only failure allowed
        }
    }

    @Property
    void builtFcisParseBackToTheirValues(
            @ForAll @IntRange(max = 0x7FFF) int size,
            @ForAll @IntRange(max = 0xFFFF) int fid,
            @ForAll @IntRange(max = 0xFF) int lcs,
            @ForAll @Size(max = 12) byte[] attributes,
            @ForAll boolean fcp) {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        inner.writeBytes(new byte[] {(byte) 0x80, 0x02, (byte) (size >>> 8), (byte) size});
        inner.writeBytes(new byte[] {(byte) 0x82, 0x01, 0x01});
        inner.writeBytes(new byte[] {(byte) 0x83, 0x02, (byte) (fid >>> 8), (byte) fid});
        inner.writeBytes(new byte[] {(byte) 0x8A, 0x01, (byte) lcs});
        inner.write(0x86);
        inner.write(attributes.length);
        inner.writeBytes(attributes);
        byte[] content = inner.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(fcp ? 0x62 : 0x6F);
        out.write(content.length);
        out.writeBytes(content);
        FileControlInfo fci = FileControlInfo.parse(out.toByteArray());
        assertEquals(OptionalInt.of(size), fci.size());
        assertEquals(Optional.of(new FileId(fid)), fci.fileId());
        assertEquals(Optional.of(FileType.TRANSPARENT_EF), fci.fileType());
        assertEquals(Optional.of(LifeCycleStatus.of(lcs)), fci.lifeCycle());
        assertEquals(Optional.of(AccessConditions.decode(attributes)), fci.accessConditions());
    }
}
