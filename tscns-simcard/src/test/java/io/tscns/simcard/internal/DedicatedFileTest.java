package io.tscns.simcard.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves that a DF hands back the files it creates and lists its children in the order they were added. */
class DedicatedFileTest {

    private final DedicatedFile masterFile = DedicatedFile.masterFile();

    @Test
    void addFileReturnsTheNewElementaryFile() {
        ElementaryFile ef = masterFile.addFile(0x1001, new byte[] {7, 8}, ElementaryFile.Structure.TRANSPARENT, 0);
        assertEquals(0x1001, ef.fid());
        assertSame(masterFile, ef.parent());
        assertArrayEquals(new byte[] {7, 8}, ef.read(0, 2));
        assertSame(ef, masterFile.child(0x1001));
    }

    @Test
    void childrenAreListedInTheOrderTheyWereAdded() {
        DedicatedFile df = masterFile.addDirectory(0x1100);
        ElementaryFile ef = masterFile.addFile(0x1001, new byte[1], ElementaryFile.Structure.TRANSPARENT, 0);
        assertEquals(List.of(0x1100, 0x1001), List.copyOf(masterFile.children().keySet()));
        assertSame(df, masterFile.children().get(0x1100));
        assertSame(ef, masterFile.children().get(0x1001));
    }
}
