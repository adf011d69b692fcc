package io.tscns.card.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileControlInfoTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** The FCI of EF.Dati_personali on an ACe 2025 card, from the official middleware trace (docs/card.md §1.2). */
    static final String ACE_2025_PERSONAL_DATA = "6F38" + "80020190" + "8203010000" + "83021102" + "850101" + "8609"
            + "00" + "FF".repeat(8) + "8A0105" + "CB18" + "FF".repeat(24);

    @Test
    void parsesTheRealFciOfEfDatiPersonali() {
        FileControlInfo fci = FileControlInfo.parse(HEX.parseHex(ACE_2025_PERSONAL_DATA));
        assertEquals(OptionalInt.of(400), fci.size());
        assertEquals(Optional.of(FileId.parse("1102")), fci.fileId());
        assertEquals(Optional.of(FileType.TRANSPARENT_EF), fci.fileType());
        assertEquals(Optional.of(LifeCycleStatus.ACTIVATED), fci.lifeCycle());
        AccessConditions acs = fci.accessConditions().orElseThrow();
        assertEquals(AccessCondition.ALWAYS, acs.of(AccessConditions.EfOperation.READ));
        assertEquals(AccessCondition.NEVER, acs.of(AccessConditions.EfOperation.UPDATE));
        assertEquals(Optional.empty(), fci.dfName());
    }

    @Test
    void parsesAnApplicationDfAndANestedFcp() {
        FileControlInfo df = FileControlInfo.parse(HEX.parseHex("6F1282033800008407A00000003080008602FF10"));
        assertEquals(Optional.of(FileType.DEDICATED_FILE), df.fileType());
        assertEquals(Optional.of("A0000000308000"), df.dfName());
        AccessConditions acs = df.accessConditions().orElseThrow();
        assertEquals(AccessCondition.NEVER, acs.of(AccessConditions.DfOperation.LIFE_CYCLE));
        assertEquals(new AccessCondition.Pin(0x10), acs.of(AccessConditions.DfOperation.UPDATE_OBJECTS));
        assertEquals(AccessCondition.NEVER, acs.of(AccessConditions.DfOperation.CREATE), "missing byte = never");

        FileControlInfo nested = FileControlInfo.parse(HEX.parseHex("6F0A62088102001083021003"));
        assertEquals(OptionalInt.of(16), nested.size(), "tag 81 when 80 is absent");
        assertEquals(Optional.of(FileId.parse("1003")), nested.fileId());
    }

    @Test
    void emptyDataMeansNoInformation() {
        assertEquals(FileControlInfo.NONE, FileControlInfo.parse(new byte[0]));
    }

    @Test
    void decodesAccessConditionBytesLikeOpenSc() {
        assertEquals(AccessCondition.ALWAYS, AccessCondition.of(0x00));
        assertEquals(AccessCondition.NEVER, AccessCondition.of(0xFF));
        assertEquals(AccessCondition.NEVER, AccessCondition.of(0x66));
        assertEquals(new AccessCondition.Pin(0x10), AccessCondition.of(0x10));
        assertEquals(new AccessCondition.Pin(0x1F), AccessCondition.of(0x1F));
        assertEquals(new AccessCondition.Unrecognised(0x20), AccessCondition.of(0x20));
    }

    @Test
    void decodesFileDescriptorsAndLifeCycles() {
        assertEquals(FileType.DEDICATED_FILE, FileType.of(0x78));
        assertEquals(FileType.TRANSPARENT_EF, FileType.of(0x41));
        assertEquals(FileType.RECORD_EF, FileType.of(0x02));
        assertEquals(FileType.INTERNAL_EF, FileType.of(0x09));
        assertEquals(FileType.OTHER, FileType.of(0x81));
        assertEquals(LifeCycleStatus.DEACTIVATED, LifeCycleStatus.of(0x04));
        assertEquals(LifeCycleStatus.TERMINATED, LifeCycleStatus.of(0x0F));
        assertEquals(LifeCycleStatus.PROPRIETARY, LifeCycleStatus.of(0x20));
        assertEquals(LifeCycleStatus.RESERVED, LifeCycleStatus.of(0x02));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00",
                "9000",
                "6F",
                "6F05800201",
                "6F0380020190",
                "6F04800201906F00",
                "6F06830111830112",
                "6F088002019080020190",
                "6F0783051102030405",
                "6F0780050102030405",
                "6F068004FFFFFFFF",
                "6F038A0205",
                "6F026F006F00",
                "6F80",
                "6F840000000100",
                "6F021F"
            })
    void rejectsMalformedFcisWithTheTypedException(String hex) {
        byte[] bytes = HEX.parseHex(hex.replace(" ", ""));
        assertThrows(MalformedFciException.class, () -> FileControlInfo.parse(bytes));
    }

    @Test
    void pathsAndIdentifiers() {
        CardPath path = CardPath.parse("3F00/1100/1102");
        assertEquals("3F00/1100/1102", path.toString());
        assertEquals(path, CardPath.parse("3F0011001102"));
        assertEquals("11001102", HEX.formatHex(path.withoutMasterFile()));
        assertEquals(FileId.parse("1102"), path.fileId());
        assertEquals(CardPath.MASTER_FILE, CardPath.parse("3F00"));
        for (String bad : new String[] {"", "1000/1003", "3F00/3F00", "3F00/10", "3F00/10G0", "3F00/1000/3F00"}) {
            assertThrows(InvalidCardPathException.class, () -> CardPath.parse(bad), bad);
        }
        assertThrows(InvalidCardPathException.class, () -> new FileId(0x10000));
    }
}
