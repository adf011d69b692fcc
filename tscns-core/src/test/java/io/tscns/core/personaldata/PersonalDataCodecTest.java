package io.tscns.core.personaldata;

import static io.tscns.core.personaldata.WorkedExample.ascii;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PersonalDataCodecTest {

    private static final PersonalData ROSSI = new PersonalData(
            "6120",
            "01022024",
            "01022030",
            "ROSSI",
            "MARIO",
            "01011980",
            "M",
            "",
            "RSSMRA80A01H501U",
            "",
            "H501",
            "",
            "",
            "H501",
            "",
            "");

    @Test
    void theHexDumpOfTheReferenceIsItsAsciiText() {
        assertArrayEquals(WorkedExample.text(), WorkedExample.hexDump());
        assertEquals(101, WorkedExample.text().length);
    }

    @Test
    void theWorkedExampleDecodesToExactlyTheStatedFields() {
        PersonalDataFile file = PersonalDataCodec.decode(WorkedExample.hexDump());
        assertEquals(ROSSI, file.data());
        assertEquals(
                List.of(
                        "6120",
                        "01022024",
                        "01022030",
                        "ROSSI",
                        "MARIO",
                        "01011980",
                        "M",
                        "",
                        "RSSMRA80A01H501U",
                        "",
                        "H501",
                        "",
                        "",
                        "H501",
                        "",
                        ""),
                file.data().values());
        assertEquals(HeaderConvention.INCLUDES_HEADER, file.headerConvention());
        assertEquals(101, file.textLength());
        assertEquals(101, file.fileSize());
        assertEquals(Optional.empty(), file.padding());
        assertEquals(HexCase.UPPER, file.hexCase());
        assertArrayEquals(WorkedExample.hexDump(), file.encode());
        assertArrayEquals(WorkedExample.hexDump(), file.text());
    }

    @Test
    void newDataEncodesToTheWorkedExample() {
        assertArrayEquals(
                WorkedExample.text(),
                PersonalDataFile.unpadded(ROSSI, HeaderConvention.INCLUDES_HEADER)
                        .encode());
        assertArrayEquals(WorkedExample.padded(400, (byte) 0x00), PersonalDataCodec.encode(ROSSI, 400));
        assertArrayEquals(
                WorkedExample.padded(400, (byte) 0xFF),
                PersonalDataCodec.encode(ROSSI, HeaderConvention.INCLUDES_HEADER, Padding.FF_BYTES, 400));
        assertEquals(101, PersonalDataFile.textLengthOf(ROSSI));
    }

    @ParameterizedTest
    @EnumSource(Padding.class)
    void paddedFilesDecodeAndReEncodeByteExactly(Padding padding) {
        byte[] bytes = WorkedExample.padded(PersonalDataCodec.TYPICAL_FILE_SIZE, padding.value());
        PersonalDataFile file = PersonalDataCodec.decode(bytes);
        assertEquals(ROSSI, file.data());
        assertEquals(Optional.of(padding), file.padding());
        assertEquals(400, file.fileSize());
        assertEquals(101, file.textLength());
        assertArrayEquals(bytes, file.encode());
        assertArrayEquals(WorkedExample.text(), file.text());
        assertEquals(PersonalDataFile.of(ROSSI, HeaderConvention.INCLUDES_HEADER, padding, 400), file);
    }

    @Test
    void theOpenScConventionDecodesAndIsKept() {
        // Same fields, header 0x5F = 95: the length of what follows the header.
        byte[] bytes = ascii("00005F" + WorkedExample.ASCII.substring(6));
        PersonalDataFile file = PersonalDataCodec.decode(bytes);
        assertEquals(ROSSI, file.data());
        assertEquals(HeaderConvention.EXCLUDES_HEADER, file.headerConvention());
        assertArrayEquals(bytes, file.encode());
        assertArrayEquals(
                bytes,
                PersonalDataFile.unpadded(ROSSI, HeaderConvention.EXCLUDES_HEADER)
                        .encode());
    }

    /** A 108-byte (0x6C) file whose header and surname (0x0A) and name (0x0B) lengths need letters. */
    private static byte[] lettered(boolean lowerHeader, boolean lowerSurname, boolean lowerName) {
        String body = "046120" + "0801022024" + "0801022030" + hex(10, lowerSurname) + "ABCDEFGHIJ"
                + hex(11, lowerName) + "ABCDEFGHIJK" + "0801011980" + "01F" + "00" + "10RSSMRA80A01H501U"
                + "00" + "00" + "00" + "00" + "04H501" + "00" + "00";
        String header = String.format(lowerHeader ? "%06x" : "%06X", body.length() + 6);
        return ascii(header + body);
    }

    private static String hex(int length, boolean lowerCase) {
        return String.format(lowerCase ? "%02x" : "%02X", length);
    }

    @Test
    void lowerCaseHexIsReadAndWrittenBack() {
        PersonalDataFile upper = PersonalDataCodec.decode(lettered(false, false, false));
        assertEquals("00006C", new String(upper.text(), 0, 6, StandardCharsets.US_ASCII));
        assertEquals(HexCase.UPPER, upper.hexCase());
        assertEquals("ABCDEFGHIJ", upper.data().surname());
        assertEquals("ABCDEFGHIJK", upper.data().name());

        PersonalDataFile lower = PersonalDataCodec.decode(lettered(true, true, true));
        assertEquals(HexCase.LOWER, lower.hexCase());
        assertEquals(upper.data(), lower.data());
        assertArrayEquals(lettered(true, true, true), lower.encode());
        assertNotEquals(upper, lower);

        for (boolean[] mix : new boolean[][] {{true, false, false}, {false, true, false}, {false, false, true}}) {
            byte[] bytes = lettered(mix[0], mix[1], mix[2]);
            PersonalDataFile mixed = PersonalDataCodec.decode(bytes);
            assertEquals(HexCase.MIXED, mixed.hexCase());
            assertEquals(upper.data(), mixed.data());
            assertArrayEquals(bytes, mixed.encode());
        }
    }

    @Test
    void equalFilesAreFilesWithEqualBytes() {
        PersonalDataFile a = PersonalDataFile.of(ROSSI, HeaderConvention.INCLUDES_HEADER, Padding.FF_BYTES, 101);
        PersonalDataFile b = PersonalDataFile.of(ROSSI, HeaderConvention.INCLUDES_HEADER, Padding.ZERO_BYTES, 101);
        // No padding byte is present, so the padding asked for makes no difference.
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(Optional.empty(), a.padding());
        assertNotEquals(a, PersonalDataFile.of(ROSSI, HeaderConvention.EXCLUDES_HEADER, Padding.ZERO_BYTES, 101));
        assertFalse(a.toString().contains("ROSSI"));
    }

    @Test
    void theHeaderMatchingNeitherConventionNamesBothNumbers() {
        byte[] bytes = ascii("000066" + WorkedExample.ASCII.substring(6));
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(bytes));
        var problem = new PersonalDataProblem.HeaderMismatch(0x66, 101);
        assertEquals(List.of(problem), e.problems());
        assertEquals(101, problem.expectedIncludingHeader());
        assertEquals(95, problem.expectedExcludingHeader());
        assertEquals(
                "length header declares 102 but the 16 fields end at offset 101; expected 101 (header counted)"
                        + " or 95 (header not counted)",
                e.getMessage());
    }

    @Test
    void aNonHexHeaderIsReportedWithItsOffset() {
        byte[] bytes = ascii("0000G5" + WorkedExample.ASCII.substring(6));
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(bytes));
        assertEquals(new PersonalDataProblem.HeaderNotHex(4, 'G'), e.problem());
    }

    @Test
    void aNonHexFieldLengthNamesFieldAndOffset() {
        byte[] bytes = WorkedExample.text();
        bytes[39] = 'X'; // the first digit of the name's length "05"
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(bytes));
        assertEquals(new PersonalDataProblem.LengthNotHex(PersonalDataField.NAME, 39, 'X'), e.problem());
        assertEquals(
                "length of field 5 (nome) has 0x58 ('X') at offset 39; expected a hexadecimal digit 0-9, A-F",
                e.getMessage());
    }

    @Test
    void aFieldRunningPastTheEndIsReported() {
        byte[] bytes = Arrays.copyOf(WorkedExample.text(), 38); // cut inside the surname ROSSI (offsets 34-38)
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(bytes));
        assertEquals(new PersonalDataProblem.FieldPastEnd(PersonalDataField.SURNAME, 34, 5, 4), e.problem());
    }

    @Test
    void aLengthCutInHalfIsReported() {
        byte[] bytes = Arrays.copyOf(WorkedExample.text(), 33);
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(bytes));
        assertEquals(new PersonalDataProblem.TruncatedLength(PersonalDataField.SURNAME, 32), e.problem());
    }

    @Test
    void missingFieldsAreReportedAtTheFirstOneMissing() {
        // The first five fields only (as OpenSC parses them), header counting them, then 0x00 padding.
        String five = WorkedExample.ASCII.substring(6, 46);
        byte[] bytes = Arrays.copyOf(ascii(String.format("%06X", 46) + five), 400);
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(bytes));
        assertEquals(new PersonalDataProblem.MissingField(PersonalDataField.BIRTH_DATE, 46), e.problem());

        var atEnd = assertThrows(
                InvalidPersonalDataException.class,
                () -> PersonalDataCodec.decode(ascii(String.format("%06X", 46) + five)));
        assertEquals(new PersonalDataProblem.MissingField(PersonalDataField.BIRTH_DATE, 46), atEnd.problem());
    }

    @Test
    void aNonAsciiValueIsReportedWithoutRepeatingThePersonalData() {
        byte[] bytes = WorkedExample.text();
        bytes[37] = (byte) 0xD2; // ROSSI -> ROS\u00d2I in ISO-8859-1
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(bytes));
        assertEquals(new PersonalDataProblem.NonAsciiByte(PersonalDataField.SURNAME, 37, 0xD2), e.problem());
        assertFalse(e.getMessage().contains("ROS"));
        assertEquals("field 4 (cognome) has the non-ASCII byte 0xD2 at offset 37", e.getMessage());
    }

    @Test
    void paddingMustBeZeroOrFfAndConstant() {
        byte[] trailing = WorkedExample.padded(120, (byte) 0x00);
        trailing[101] = ' ';
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(trailing));
        assertEquals(new PersonalDataProblem.TrailingData(101, ' '), e.problem());

        byte[] mixed = WorkedExample.padded(120, (byte) 0xFF);
        mixed[119] = 0x00;
        e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(mixed));
        assertEquals(new PersonalDataProblem.InconsistentPadding(119, 0xFF, 0x00), e.problem());
    }

    @Test
    void filesTooShortOrTooLargeAreRejectedBeforeReading() {
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(ascii("00006")));
        assertEquals(new PersonalDataProblem.MissingHeader(5), e.problem());

        byte[] huge = WorkedExample.padded(PersonalDataFile.MAX_FILE_SIZE + 1, (byte) 0x00);
        e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.decode(huge));
        assertEquals(new PersonalDataProblem.FileTooLarge(65536, 65535), e.problem());

        byte[] largest = WorkedExample.padded(PersonalDataFile.MAX_FILE_SIZE, (byte) 0x00);
        assertArrayEquals(largest, PersonalDataCodec.decode(largest).encode());
    }

    @Test
    void encodingIntoATooSmallOrTooLargeFileIsATypedError() {
        var e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.encode(ROSSI, 100));
        assertEquals(new PersonalDataProblem.FileSizeTooSmall(100, 101), e.problem());
        e = assertThrows(InvalidPersonalDataException.class, () -> PersonalDataCodec.encode(ROSSI, 70_000));
        assertEquals(new PersonalDataProblem.FileTooLarge(70_000, 65535), e.problem());
    }

    @Test
    void theLongestValuesFit() {
        String longest = "X".repeat(PersonalData.MAX_VALUE_LENGTH);
        PersonalData data = ROSSI.toBuilder().residenceAddress(longest).build();
        byte[] bytes = PersonalDataCodec.encode(data, 400);
        assertEquals("FF", new String(bytes, 97, 2, StandardCharsets.US_ASCII));
        assertEquals(data, PersonalDataCodec.decode(bytes).data());
    }
}
