package io.tscns.card.fs;

import io.tscns.card.apdu.CnsCommands;
import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.ResponseApdu;
import io.tscns.card.apdu.internal.Exchange;
import io.tscns.card.error.CardFileNotFoundException;
import io.tscns.card.error.StatusWords;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.transport.CardTransport;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the CNS file system (<i>file system della carta</i>): selects files by absolute path from the MF or by
 * file identifier, parses their FCI, and reads transparent EFs in the fewest APDUs the card allows.
 *
 * <p>Reading a file is one SELECT with P2 = 00 (which returns the FCI and its size), then either one extended READ
 * BINARY when extended length is on and the file is over 256 bytes, or READ BINARY in pieces of 255 bytes (OpenSC's
 * limit for CNS cards, {@code docs/card.md §4.4}): at most 1 + ceil(size / 255) APDUs. If the card or reader refuses
 * the extended read with SW 6700, this reader switches to pieces for the rest of its life. The size the FCI gives is
 * trusted but checked: a card that ends the file early, or returns more than asked, fails with
 * {@link UnexpectedResponseException}; no partial content is returned. A file without a size in its FCI is read in
 * pieces until the card signals the end (a short piece, SW 6282 or 6B00). No file larger than
 * {@link #MAX_FILE_SIZE} is read, whatever the card claims.
 *
 * <p>Not thread-safe: one reader per card connection, used by one thread at a time ({@code CnsCard} serialises).
 *
 * @since 0.1.0
 */
public final class CnsFileSystem {

    /** The largest file read: READ BINARY addresses offsets up to 7FFF. */
    public static final int MAX_FILE_SIZE = CnsCommands.MAX_READ_OFFSET + 1;
    /** The READ BINARY piece size for short APDUs, as OpenSC uses on CNS cards. */
    public static final int SHORT_READ = 0xFF;

    private static final Logger LOG = LoggerFactory.getLogger(CnsFileSystem.class);
    private static final int SW_WRONG_P1P2_NO_FCI = 0x6A86;

    private final CardTransport transport;
    private boolean extendedLength;
    private PathOrigin pathOrigin = PathOrigin.MASTER_FILE;

    /**
     * Creates a reader over a transport.
     *
     * @param transport      the transport to the card (usually {@code Transports.standard(...)})
     * @param extendedLength whether to read a large file in one extended APDU; from the card profile
     */
    public CnsFileSystem(CardTransport transport, boolean extendedLength) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.extendedLength = extendedLength;
    }

    /**
     * Tells whether this reader still uses extended-length READ BINARY.
     *
     * @return {@code false} if it was created without, or fell back after SW 6700
     */
    public boolean extendedLength() {
        return extendedLength;
    }

    /**
     * Sets where paths start: from the MF (the default) or from the current DF, for a card whose application was
     * selected and whose files are addressed relative to it ({@code docs/card.md §10}).
     *
     * @param origin the origin of every later path
     */
    public void pathsFrom(PathOrigin origin) {
        this.pathOrigin = Objects.requireNonNull(origin, "origin");
    }

    /**
     * Selects an application by its AID ({@code 00 A4 04 00}).
     *
     * @param aid the application identifier
     * @return {@code true} if the card answered 9000; {@code false} for any error status, as a card without the
     *         application answers
     */
    public boolean selectApplication(byte[] aid) {
        return Exchange.send(transport, CnsCommands.selectApplication(aid)).sw() == StatusWords.SUCCESS;
    }

    /**
     * Reads a data object with GET DATA ({@code 00 CA}).
     *
     * @param tag the data object, P1 P2 as one number
     * @return its bytes, or empty if the card answers with an error status
     */
    public Optional<byte[]> getData(int tag) {
        ResponseApdu response = Exchange.send(transport, CnsCommands.getData(tag));
        return response.sw() == StatusWords.SUCCESS ? Optional.of(response.data()) : Optional.empty();
    }

    /**
     * Selects a file by path ({@code 00 A4 08 00} from the MF, {@code 00 A4 09 00} from the current DF after
     * {@link #pathsFrom(PathOrigin)}; {@code 00 A4 00 00 3F00} for the MF itself).
     *
     * @param path the path
     * @return the file's control information, {@link FileControlInfo#NONE} if the card returns none
     * @throws CardFileNotFoundException if the card has no such file (6A82)
     * @throws UnexpectedResponseException if the FCI is malformed
     */
    public FileControlInfo select(CardPath path) {
        if (path.isMasterFile()) {
            return select(CnsCommands.selectMasterFile(true), CnsCommands.selectMasterFile(false), path.toString());
        }
        byte[] pathBytes = path.withoutMasterFile();
        if (pathOrigin == PathOrigin.CURRENT_DF) {
            return select(
                    CnsCommands.selectPathFromCurrentDf(pathBytes, true),
                    CnsCommands.selectPathFromCurrentDf(pathBytes, false),
                    path.toString());
        }
        return select(
                CnsCommands.selectPath(pathBytes, true), CnsCommands.selectPath(pathBytes, false), path.toString());
    }

    /**
     * Selects a file by identifier under the current DF ({@code 00 A4 00 00}).
     *
     * @param fid the file identifier
     * @return the file's control information, {@link FileControlInfo#NONE} if the card returns none
     * @throws CardFileNotFoundException if the card has no such file (6A82)
     * @throws UnexpectedResponseException if the FCI is malformed
     */
    public FileControlInfo select(FileId fid) {
        return select(
                CnsCommands.selectFile(fid.value(), true), CnsCommands.selectFile(fid.value(), false), fid.toString());
    }

    private FileControlInfo select(CommandApdu withFci, CommandApdu withoutFci, String name) {
        ResponseApdu response = Exchange.send(transport, withFci);
        if (response.sw() == SW_WRONG_P1P2_NO_FCI) {
            // Some cards refuse to return file information; select again without it.
            StatusWords.requireSuccess(CommandHeader.of(withoutFci), Exchange.send(transport, withoutFci));
            return FileControlInfo.NONE;
        }
        byte[] data = StatusWords.requireSuccess(CommandHeader.of(withFci), response);
        try {
            return FileControlInfo.parse(data);
        } catch (MalformedFciException e) {
            throw new UnexpectedResponseException("SELECT " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a whole transparent EF.
     *
     * @param path the file's absolute path
     * @return the file's content
     * @throws CardFileNotFoundException   if the card has no such file
     * @throws UnexpectedResponseException if the file is not transparent, is larger than {@link #MAX_FILE_SIZE}, or
     *                                     the card's answers disagree with its FCI
     */
    public byte[] read(CardPath path) {
        FileControlInfo fci = select(path);
        fci.fileType().ifPresent(type -> {
            if (type != FileType.TRANSPARENT_EF) {
                throw new UnexpectedResponseException("file " + path + " is a " + type + ", not a transparent EF");
            }
        });
        return fci.size().isPresent() ? readKnownSize(path, fci.size().getAsInt()) : readToEnd(path);
    }

    /**
     * Reads a well-known CNS file.
     *
     * @param file the file
     * @return the file's content
     * @throws CardFileNotFoundException   if the card has no such file
     * @throws UnexpectedResponseException if the card's answers disagree with the file's FCI
     */
    public byte[] read(CnsFile file) {
        return read(file.path());
    }

    /**
     * Reads a transparent EF that may be absent, as the optional CNS files are.
     *
     * @param path the file's absolute path
     * @return the file's content, or empty if the card answered 6A82 to SELECT
     * @throws UnexpectedResponseException if the card's answers disagree with the file's FCI
     */
    public Optional<byte[]> readIfPresent(CardPath path) {
        try {
            return Optional.of(read(path));
        } catch (CardFileNotFoundException e) {
            return Optional.empty();
        }
    }

    private byte[] readKnownSize(CardPath path, int size) {
        if (size > MAX_FILE_SIZE) {
            throw new UnexpectedResponseException("file " + path + ": the FCI gives " + size
                    + " bytes; files are read up to " + MAX_FILE_SIZE + " bytes");
        }
        byte[] content = new byte[size];
        int offset = 0;
        if (extendedLength && size > CommandApdu.MAX_SHORT_NE) {
            CommandApdu command = CnsCommands.readBinary(0, size);
            ResponseApdu response = Exchange.send(transport, command);
            if (response.sw() == StatusWords.WRONG_LENGTH) {
                LOG.debug("extended READ BINARY refused with 6700; reading in {}-byte pieces from now on", SHORT_READ);
                extendedLength = false;
            } else {
                offset = accept(path, command, response, content, 0, size);
            }
        }
        while (offset < size) {
            int length = Math.min(SHORT_READ, size - offset);
            CommandApdu command = CnsCommands.readBinary(offset, length);
            offset = accept(path, command, Exchange.send(transport, command), content, offset, size);
        }
        return content;
    }

    /** Copies one READ BINARY answer into a file of known size and returns the next offset. */
    private static int accept(
            CardPath path, CommandApdu command, ResponseApdu response, byte[] content, int offset, int size) {
        boolean endOfFile = response.sw() == StatusWords.END_OF_FILE;
        if (response.sw() == StatusWords.WRONG_P1_P2 || endOfFile && response.dataLength() == 0) {
            throw endedEarly(path, offset, size);
        }
        if (!endOfFile) {
            StatusWords.requireSuccess(CommandHeader.of(command), response);
        }
        int length = response.dataLength();
        if (length > command.ne()) {
            throw new UnexpectedResponseException("file " + path + ": READ BINARY at offset " + offset + " asked for "
                    + command.ne() + " bytes and got " + length);
        }
        if (length == 0) {
            throw endedEarly(path, offset, size);
        }
        System.arraycopy(response.data(), 0, content, offset, length);
        int next = offset + length;
        if (endOfFile && next < size) {
            throw endedEarly(path, next, size);
        }
        return next;
    }

    private static UnexpectedResponseException endedEarly(CardPath path, int offset, int size) {
        return new UnexpectedResponseException(
                "file " + path + " ended at offset " + offset + " but its FCI gives " + size + " bytes");
    }

    private byte[] readToEnd(CardPath path) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (true) {
            int offset = content.size();
            if (offset >= MAX_FILE_SIZE) {
                throw new UnexpectedResponseException(
                        "file " + path + " has no size in its FCI and is longer than " + MAX_FILE_SIZE + " bytes");
            }
            CommandApdu command = CnsCommands.readBinary(offset, SHORT_READ);
            ResponseApdu response = Exchange.send(transport, command);
            if (response.sw() == StatusWords.WRONG_P1_P2) {
                return content.toByteArray();
            }
            if (response.sw() != StatusWords.END_OF_FILE) {
                StatusWords.requireSuccess(CommandHeader.of(command), response);
            }
            if (response.dataLength() > SHORT_READ) {
                throw new UnexpectedResponseException("file " + path + ": READ BINARY at offset " + offset
                        + " asked for " + SHORT_READ + " bytes and got " + response.dataLength());
            }
            content.writeBytes(response.data());
            if (response.dataLength() < SHORT_READ || response.sw() == StatusWords.END_OF_FILE) {
                return content.toByteArray();
            }
        }
    }
}
