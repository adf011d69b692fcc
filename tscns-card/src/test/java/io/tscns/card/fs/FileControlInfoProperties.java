package io.tscns.card.fs;

import io.tscns.card.fs.internal.BerTlv;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class FileControlInfoProperties {

    @Property
    void arbitraryBytesParseOrFailWithTheTypedException(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            assertNotNull(FileControlInfo.parse(bytes));
        } catch (MalformedFciException expected) {
            // the only failure allowed
        }
    }

    @Property
    void arbitraryTemplateContentParsesOrFailsTyped(@ForAll @Size(max = 200) byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x6F);
        if (content.length > 127) {
            out.write(0x81);
        }
        out.write(content.length);
        out.writeBytes(content);
        arbitraryBytesParseOrFailWithTheTypedException(out.toByteArray());
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
    void builtFcisParseBackToTheirValues(@ForAll @IntRange(max = 0x7FFF) int size,
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
