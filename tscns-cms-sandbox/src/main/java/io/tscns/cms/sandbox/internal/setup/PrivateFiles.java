package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.SandboxSetupException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The files of a data directory that hold secrets — keys, tokens, operators' credentials — and the directories that
 * hold them (<i>file riservati</i>): created readable and writable by the owner only ({@code 0600}, directories
 * {@code 0700}) whatever the process's umask, written whole (a temporary file of the same mode, then moved into
 * place), and refused when found readable by anyone else. On a file system without POSIX permissions nothing is
 * checked. Stateless.
 */
final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {}

    /**
     * Creates a directory {@code 0700} (and its missing parents, which the umask governs), or checks an existing one.
     *
     * @param directory the directory
     * @return the directory
     * @throws IOException           if it cannot be created
     * @throws SandboxSetupException if it exists and other users may enter or read it
     */
    static Path directory(Path directory) throws IOException {
        if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            refuseShared(directory, "chmod 700");
            return directory;
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (posix(parent)) {
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } catch (FileAlreadyExistsException raced) {
                refuseShared(directory, "chmod 700");
                return directory;
            }
            // The umask may have taken bits away from the requested mode, never added: set it exactly.
            Files.setPosixFilePermissions(directory, DIRECTORY);
        } else {
            Files.createDirectory(directory);
        }
        return directory;
    }

    /**
     * Writes a secret file whole, {@code 0600}, replacing any earlier one.
     *
     * @param file    the file
     * @param content its bytes (not wiped here)
     * @throws IOException if it cannot be written
     */
    static void write(Path file, byte[] content) throws IOException {
        Path temporary = create(file.resolveSibling(file.getFileName() + ".tmp"));
        try {
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates an empty secret file {@code 0600} for a writer that opens it by name (it keeps the mode when it
     * truncates and writes), replacing any earlier one.
     *
     * @param file the file
     * @return the file
     * @throws IOException if it cannot be created
     */
    static Path create(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (posix(file.toAbsolutePath().getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            Files.setPosixFilePermissions(file, FILE);
        } else {
            Files.createFile(file);
        }
        return file;
    }

    /**
     * Reads a secret file, refusing it if other users may read it.
     *
     * @param file the file
     * @return its bytes
     * @throws IOException           if it cannot be read
     * @throws SandboxSetupException if other users may read or write it, or it is not a regular file
     */
    static byte[] read(Path file) throws IOException {
        check(file);
        return Files.readAllBytes(file);
    }

    /**
     * Checks a secret file.
     *
     * @param file the file
     * @throws IOException           if its attributes cannot be read
     * @throws SandboxSetupException if other users may read or write it, or it is not a regular file
     */
    static void check(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new SandboxSetupException(
                    file + " holds a secret of the sandbox but is not a regular file; " + "remove it");
        }
        refuseShared(file, "chmod 600");
    }

    private static void refuseShared(Path path, String fix) throws IOException {
        if (!posix(path)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            throw new SandboxSetupException(path + " can be read or changed by other users ("
                    + PosixFilePermissions.toString(permissions) + "); the sandbox keeps keys, tokens and credentials "
                    + "there: run '" + fix + " " + path + "' and start again");
        }
    }

    private static boolean posix(Path path) {
        return path != null && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
