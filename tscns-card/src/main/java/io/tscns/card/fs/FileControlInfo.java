package io.tscns.card.fs;

import io.tscns.card.fs.internal.BerTlv;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a card says about a file when it is selected (<i>informazioni di controllo del file, FCI/FCP</i>,
 * ISO/IEC 7816-4 §7.4): its size, identifier, kind, DF name, life cycle and access conditions. Every item is
 * optional, because cards differ in what they return; {@link #NONE} stands for a card that returned nothing. Parsed
 * by {@link #parse(byte[])}. Immutable.
 *
 * @param size             the number of data bytes (tag 80, or 81 when 80 is absent)
 * @param fileId           the file identifier (tag 83)
 * @param fileType         the kind of file (tag 82, first byte)
 * @param dfName           the DF name (application identifier) in hexadecimal (tag 84)
 * @param lifeCycle        the life-cycle status (tag 8A)
 * @param accessConditions the CNS access conditions (tag 86)
 * @since 0.1.0
 */
public record FileControlInfo(
        OptionalInt size,
        Optional<FileId> fileId,
        Optional<FileType> fileType,
        Optional<String> dfName,
        Optional<LifeCycleStatus> lifeCycle,
        Optional<AccessConditions> accessConditions) {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** The information of a card that answered SELECT with no data. */
    public static final FileControlInfo NONE = new FileControlInfo(
            OptionalInt.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    /** The longest size value accepted: four bytes, as far as a Java array can go. */
    private static final int MAX_SIZE_BYTES = 4;

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if one is
     */
    public FileControlInfo {
        java.util.Objects.requireNonNull(size, "size");
        java.util.Objects.requireNonNull(fileId, "fileId");
        java.util.Objects.requireNonNull(fileType, "fileType");
        java.util.Objects.requireNonNull(dfName, "dfName");
        java.util.Objects.requireNonNull(lifeCycle, "lifeCycle");
        java.util.Objects.requireNonNull(accessConditions, "accessConditions");
    }

    /**
     * Parses the data a card returns for SELECT with P2 = 00: an FCP (62), FMD (64) or FCI (6F) template; an FCP
     * nested inside an FCI is read too. Unknown tags are skipped; 00 and FF filler bytes are allowed.
     *
     * @param data the response data; empty means {@link #NONE}
     * @return the parsed information
     * @throws MalformedFciException if the data is not such a template
     */
    public static FileControlInfo parse(byte[] data) {
        if (data.length == 0) {
            return NONE;
        }
        List<BerTlv> outer;
        try {
            outer = BerTlv.parseAll(data, 0, data.length);
        } catch (BerTlv.MalformedTlvException e) {
            throw new MalformedFciException("FCI is not BER-TLV: " + e.getMessage());
        }
        if (outer.size() != 1 || !isTemplate(outer.get(0).tag())) {
            throw new MalformedFciException("FCI must be one 62, 64 or 6F template; found " + outer.size()
                    + " objects"
                    + (outer.isEmpty()
                            ? ""
                            : ", the first with tag "
                                    + Integer.toHexString(outer.get(0).tag()).toUpperCase(Locale.ROOT)));
        }
        Builder builder = new Builder();
        builder.read(outer.get(0), 0);
        return builder.build();
    }

    private static boolean isTemplate(int tag) {
        return tag == 0x62 || tag == 0x64 || tag == 0x6F;
    }

    private static final class Builder {
        private final Set<Integer> seen = new HashSet<>();
        private OptionalInt size = OptionalInt.empty();
        private OptionalInt totalSize = OptionalInt.empty();
        private Optional<FileId> fileId = Optional.empty();
        private Optional<FileType> fileType = Optional.empty();
        private Optional<String> dfName = Optional.empty();
        private Optional<LifeCycleStatus> lifeCycle = Optional.empty();
        private Optional<AccessConditions> accessConditions = Optional.empty();

        void read(BerTlv template, int depth) {
            byte[] content = template.value();
            List<BerTlv> inner;
            try {
                inner = BerTlv.parseAll(content, 0, content.length);
            } catch (BerTlv.MalformedTlvException e) {
                throw new MalformedFciException(
                        "template " + Integer.toHexString(template.tag()).toUpperCase(Locale.ROOT)
                                + " content is not BER-TLV: " + e.getMessage());
            }
            for (BerTlv object : inner) {
                if (isTemplate(object.tag()) && depth == 0) {
                    read(object, 1);
                    continue;
                }
                if (!seen.add(object.tag())) {
                    throw new MalformedFciException("tag "
                            + Integer.toHexString(object.tag()).toUpperCase(Locale.ROOT) + " appears twice in the FCI");
                }
                byte[] value = object.value();
                switch (object.tag()) {
                    case 0x80 -> size = OptionalInt.of(number(value, 0x80));
                    case 0x81 -> totalSize = OptionalInt.of(number(value, 0x81));
                    case 0x82 -> fileType = Optional.of(FileType.of(requireLength(value, 0x82, 1, 6)[0] & 0xFF));
                    case 0x83 -> {
                        byte[] id = requireLength(value, 0x83, 2, 2);
                        fileId = Optional.of(new FileId(((id[0] & 0xFF) << 8) | (id[1] & 0xFF)));
                    }
                    case 0x84 -> dfName = Optional.of(HEX.formatHex(requireLength(value, 0x84, 1, 16)));
                    case 0x8A ->
                        lifeCycle = Optional.of(LifeCycleStatus.of(requireLength(value, 0x8A, 1, 1)[0] & 0xFF));
                    case 0x86 -> accessConditions = Optional.of(AccessConditions.decode(value));
                    default -> {
                        // Proprietary or unused tags (85, A5, CB, ...) carry nothing the SDK needs.
                    }
                }
            }
        }

        FileControlInfo build() {
            return new FileControlInfo(
                    size.isPresent() ? size : totalSize, fileId, fileType, dfName, lifeCycle, accessConditions);
        }

        private static byte[] requireLength(byte[] value, int tag, int min, int max) {
            if (value.length < min || value.length > max) {
                throw new MalformedFciException("tag " + HEX.toHexDigits((byte) tag) + " is " + value.length
                        + " bytes; expected "
                        + (min == max ? String.valueOf(min) : min + " to " + max));
            }
            return value;
        }

        private static int number(byte[] value, int tag) {
            requireLength(value, tag, 1, MAX_SIZE_BYTES);
            long n = 0;
            for (byte b : value) {
                n = (n << 8) | (b & 0xFF);
            }
            if (n > Integer.MAX_VALUE) {
                throw new MalformedFciException("tag " + HEX.toHexDigits((byte) tag) + " gives a file size of " + n
                        + " bytes, beyond any card");
            }
            return (int) n;
        }
    }
}
