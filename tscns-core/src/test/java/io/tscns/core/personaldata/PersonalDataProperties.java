package io.tscns.core.personaldata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.GeneratorCoverage;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.Sex;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.time.api.Dates;

class PersonalDataProperties {

    /** Any ASCII text the format allows: often empty, usually short, sometimes up to the 255-character limit. */
    @Provide
    Arbitrary<String> fieldValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(6, Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(20)),
                Tuple.of(1, Arbitraries.strings().ascii().ofMinLength(21).ofMaxLength(PersonalData.MAX_VALUE_LENGTH)));
    }

    @Provide
    Arbitrary<PersonalData> personalData() {
        return fieldValues().list().ofSize(PersonalData.FIELD_COUNT).map(PersonalData::ofValues);
    }

    @Provide
    Arbitrary<PersonalDataFile> files() {
        return Combinators.combine(
                        personalData(),
                        Arbitraries.of(HeaderConvention.class),
                        Arbitraries.of(Padding.class),
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.just(0)),
                                Tuple.of(4, Arbitraries.integers().between(1, 600))))
                .as((data, convention, padding, extra) ->
                        PersonalDataFile.of(data, convention, padding, PersonalDataFile.textLengthOf(data) + extra));
    }

    @Property
    void encodeThenDecodeGivesTheSameFileAndBytes(@ForAll("files") PersonalDataFile file) {
        byte[] bytes = file.encode();
        assertEquals(file.fileSize(), bytes.length);
        PersonalDataFile decoded = PersonalDataCodec.decode(bytes);
        assertEquals(file, decoded);
        assertEquals(file.data(), decoded.data());
        assertEquals(file.headerConvention(), decoded.headerConvention());
        assertEquals(file.padding(), decoded.padding());
        assertEquals(HexCase.UPPER, decoded.hexCase());
        assertArrayEquals(bytes, decoded.encode());
        assertArrayEquals(Arrays.copyOf(bytes, file.textLength()), decoded.text());
        decoded.padding().ifPresent(padding -> {
            for (int i = file.textLength(); i < bytes.length; i++) {
                assertEquals(padding.value(), bytes[i]);
            }
        });
        // The typed views and checks accept whatever the format allows.
        decoded.data().consistencyWarnings();
        decoded.data().parsedCodiceFiscale();
    }

    @Property
    void anyCaseOfTheHexLettersIsKept(@ForAll("files") PersonalDataFile file, @ForAll long caseMask) {
        byte[] bytes = file.encode();
        List<Integer> digitOffsets = hexDigitOffsets(file.data());
        for (int i = 0; i < digitOffsets.size(); i++) {
            int offset = digitOffsets.get(i);
            if ((caseMask & (1L << i)) != 0 && bytes[offset] >= 'A' && bytes[offset] <= 'F') {
                bytes[offset] = (byte) (bytes[offset] + ('a' - 'A'));
            }
        }
        PersonalDataFile decoded = PersonalDataCodec.decode(bytes);
        assertEquals(file.data(), decoded.data());
        assertArrayEquals(bytes, decoded.encode());
    }

    /** Offsets of the 38 hexadecimal digits of a file holding this data: the header, then each field's length. */
    private static List<Integer> hexDigitOffsets(PersonalData data) {
        Integer[] offsets = new Integer[PersonalDataFile.HEADER_LENGTH + 2 * PersonalData.FIELD_COUNT];
        for (int i = 0; i < PersonalDataFile.HEADER_LENGTH; i++) {
            offsets[i] = i;
        }
        int pos = PersonalDataFile.HEADER_LENGTH;
        for (int field = 0; field < PersonalData.FIELD_COUNT; field++) {
            offsets[PersonalDataFile.digitIndex(field)] = pos;
            offsets[PersonalDataFile.digitIndex(field) + 1] = pos + 1;
            pos += 2 + data.values().get(field).length();
        }
        return List.of(offsets);
    }

    @Property
    void arbitraryBytesFailOnlyWithTheTypedException(@ForAll("arbitraryFiles") byte[] bytes) {
        Statistics.collect(decodeOrFailTyped(bytes));
    }

    @Provide
    Arbitrary<byte[]> arbitraryFiles() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(500);
        Arbitrary<byte[]> hexLike = Arbitraries.of(
                        (byte) '0',
                        (byte) '1',
                        (byte) '2',
                        (byte) '8',
                        (byte) 'A',
                        (byte) 'f',
                        (byte) 'G',
                        (byte) 'M',
                        (byte) 0x00,
                        (byte) 0xFF,
                        (byte) 0x80)
                .array(byte[].class)
                .ofMaxSize(500);
        return Arbitraries.oneOf(random, hexLike);
    }

    @Property
    void mutatedValidFilesFailOnlyWithTheTypedException(
            @ForAll("files") PersonalDataFile file, @ForAll("mutations") Mutation mutation, @ForAll long seed) {
        byte[] mutated = mutation.apply(file.encode(), file.data(), new Random(seed));
        Statistics.collect(decodeOrFailTyped(mutated));
        // The mutations must reach deep into the decoder, not stop at the header: each outcome below is seen in
        // 3-25 % of the tries, so over 500 tries or more a count of zero means the generators have broken (with
        // the tries lowered for mutation testing, a rare outcome may legitimately be missed).
        Statistics.coverage(checker -> {
            for (String outcome : List.of(
                    "decoded",
                    "MissingField",
                    "TruncatedLength",
                    "LengthNotHex",
                    "FieldPastEnd",
                    "NonAsciiByte",
                    "HeaderMismatch",
                    "TrailingData",
                    "InconsistentPadding")) {
                checker.check(outcome).count(GeneratorCoverage.seen());
            }
        });
    }

    /**
     * Decodes bytes that may be invalid. Success must give a file that encodes back to exactly those bytes; failure
     * must be the typed exception, with offsets inside the file.
     */
    private static String decodeOrFailTyped(byte[] bytes) {
        try {
            PersonalDataFile decoded = PersonalDataCodec.decode(bytes);
            assertArrayEquals(bytes, decoded.encode());
            return "decoded";
        } catch (InvalidPersonalDataException expected) {
            assertEquals(1, expected.problems().size());
            int offset = offsetOf(expected.problem());
            assertTrue(offset >= 0 && offset <= bytes.length, expected.getMessage());
            return expected.problem().getClass().getSimpleName();
        }
    }

    /** Returns the offset a decoding problem points at (the end of the bytes looked at). */
    private static int offsetOf(PersonalDataProblem problem) {
        if (problem instanceof PersonalDataProblem.HeaderNotHex p) {
            return p.offset();
        } else if (problem instanceof PersonalDataProblem.MissingField p) {
            return p.offset();
        } else if (problem instanceof PersonalDataProblem.TruncatedLength p) {
            return p.offset() + 1;
        } else if (problem instanceof PersonalDataProblem.LengthNotHex p) {
            return p.offset();
        } else if (problem instanceof PersonalDataProblem.FieldPastEnd p) {
            return p.offset() + p.available();
        } else if (problem instanceof PersonalDataProblem.NonAsciiByte p) {
            return p.offset();
        } else if (problem instanceof PersonalDataProblem.HeaderMismatch p) {
            return p.textLength();
        } else if (problem instanceof PersonalDataProblem.TrailingData p) {
            return p.offset();
        } else if (problem instanceof PersonalDataProblem.InconsistentPadding p) {
            return p.offset();
        } else if (problem instanceof PersonalDataProblem.MissingHeader p) {
            return p.fileLength();
        }
        throw new AssertionError("decoding reported an encoding problem: " + problem);
    }

    /** Ways to damage a valid file. */
    enum Mutation {
        TRUNCATE {
            @Override
            byte[] apply(byte[] file, PersonalData data, Random random) {
                return Arrays.copyOf(file, random.nextInt(file.length));
            }
        },
        REPLACE_A_BYTE {
            @Override
            byte[] apply(byte[] file, PersonalData data, Random random) {
                byte[] copy = file.clone();
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                return copy;
            }
        },
        CHANGE_A_FIELD_LENGTH {
            @Override
            byte[] apply(byte[] file, PersonalData data, Random random) {
                byte[] copy = file.clone();
                int field = random.nextInt(PersonalData.FIELD_COUNT);
                int offset = hexDigitOffsets(data).get(PersonalDataFile.digitIndex(field));
                byte[] length = String.format("%02X", random.nextInt(256)).getBytes(StandardCharsets.US_ASCII);
                copy[offset] = length[0];
                copy[offset + 1] = length[1];
                return copy;
            }
        },
        CHANGE_THE_HEADER {
            @Override
            byte[] apply(byte[] file, PersonalData data, Random random) {
                byte[] copy = file.clone();
                byte[] header = String.format("%06X", random.nextInt(0x1000000)).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(header, 0, copy, 0, PersonalDataFile.HEADER_LENGTH);
                return copy;
            }
        },
        APPEND_A_BYTE {
            @Override
            byte[] apply(byte[] file, PersonalData data, Random random) {
                byte[] copy = Arrays.copyOf(file, file.length + 1);
                copy[file.length] = (byte) random.nextInt(256);
                return copy;
            }
        };

        abstract byte[] apply(byte[] file, PersonalData data, Random random);
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(Mutation.class);
    }

    @Property
    void holdersBuiltFromTypedValuesAreConsistentAndRoundTrip(
            @ForAll("names") String surname,
            @ForAll("names") String name,
            @ForAll Sex sex,
            @ForAll("dates") LocalDate birthDate,
            @ForAll("places") BirthPlaceCode place,
            @ForAll @IntRange(min = 0, max = 36_500) int daysOld,
            @ForAll @IntRange(min = 1, max = 10) int years) {
        LocalDate issueDate = birthDate.plusDays(daysOld);
        PersonalData data = PersonalData.builder()
                .issuerCode("6090")
                .issueDate(issueDate)
                .expiryDate(issueDate.plusYears(years))
                .holder(surname, name, sex, birthDate, place)
                .build();
        assertEquals(List.of(), data.consistencyWarnings());
        assertEquals(birthDate, data.parsedBirthDate().orElseThrow());
        assertEquals(sex, data.parsedSex().orElseThrow());
        assertEquals(
                data,
                PersonalDataCodec.decode(PersonalDataCodec.encode(data, PersonalDataCodec.TYPICAL_FILE_SIZE))
                        .data());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ' ")
                .ofMinLength(1)
                .ofMaxLength(30)
                .filter(s -> s.chars().anyMatch(Character::isLetter));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
    }

    @Provide
    Arbitrary<BirthPlaceCode> places() {
        return Combinators.combine(
                        Arbitraries.of('A', 'D', 'F', 'H', 'L', 'M', 'Z'),
                        Arbitraries.integers().between(0, 999))
                .as((letter, n) -> new BirthPlaceCode(letter + String.format("%03d", n)));
    }

    @Property
    void declaredLengthsBeyondTheFileAreRejectedBeforeAllocating(
            @ForAll("personalData") PersonalData data, @ForAll @IntRange(min = 0, max = 15) int field) {
        // Cut the file right after a field's length and claim the largest value: the codec must notice that the
        // bytes are not there rather than trust the length.
        byte[] text = PersonalDataFile.unpadded(data, HeaderConvention.INCLUDES_HEADER)
                .encode();
        int offset = hexDigitOffsets(data).get(PersonalDataFile.digitIndex(field));
        byte[] cut = Arrays.copyOf(text, offset + 2);
        cut[offset] = 'F';
        cut[offset + 1] = 'F';
        try {
            PersonalDataCodec.decode(cut);
        } catch (InvalidPersonalDataException e) {
            assertEquals(
                    new PersonalDataProblem.FieldPastEnd(PersonalDataField.values()[field], offset + 2, 255, 0),
                    e.problem());
            return;
        }
        throw new AssertionError("a length past the end of the file was accepted");
    }

    @Property
    void aSizeSmallerThanTheTextIsATypedError(
            @ForAll("personalData") PersonalData data, @ForAll @IntRange(min = 1, max = 5000) int shortBy) {
        int size = PersonalDataFile.textLengthOf(data) - shortBy;
        try {
            PersonalDataCodec.encode(data, size);
            throw new AssertionError("a file smaller than its text was accepted");
        } catch (InvalidPersonalDataException expected) {
            assertEquals(new PersonalDataProblem.FileSizeTooSmall(size, size + shortBy), expected.problem());
        }
    }

    @Property
    void personalDataNeverAppearsInDecodingErrors(
            @ForAll("files") PersonalDataFile file,
            @ForAll @IntRange(min = 0, max = 15) int field,
            @ForAll("upperCaseWords") String value) {
        // Store a recognisable value, then corrupt its last byte: the message may show that byte, never the value.
        PersonalData data = file.data().toBuilder()
                .value(PersonalDataField.values()[field], value)
                .build();
        byte[] bytes = PersonalDataCodec.encode(
                data, file.headerConvention(), Padding.ZERO_BYTES, PersonalDataFile.textLengthOf(data));
        int offset = hexDigitOffsets(data).get(PersonalDataFile.digitIndex(field)) + 2 + value.length() - 1;
        bytes[offset] = (byte) 0x80;
        InvalidPersonalDataException e =
                assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(bytes));
        assertEquals(
                new PersonalDataProblem.NonAsciiByte(PersonalDataField.values()[field], offset, 0x80), e.problem());
        assertFalse(e.getMessage().contains(value.substring(0, value.length() - 1)), e.getMessage());
    }

    @Provide
    Arbitrary<String> upperCaseWords() {
        // Letters that never form a run of five in an English or Italian message (e.g. "ASCII", "NON"), so finding
        // the value's prefix in a message can only mean the value leaked.
        return Arbitraries.strings().withChars("JKQWXYZ").ofMinLength(6).ofMaxLength(30);
    }
}
