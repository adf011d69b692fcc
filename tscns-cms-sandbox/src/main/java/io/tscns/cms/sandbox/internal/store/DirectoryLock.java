package io.tscns.cms.sandbox.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The sandbox's hold on its data directory: an operating-system lock on {@code cms.lock} in it, taken when the
 * database opens and let go when it closes, so that two sandboxes (in two processes, or twice in one JVM) never write
 * the same files. The operating system lets the lock go when the process dies, so a sandbox restarted after a SIGKILL
 * opens the directory at once (HSQLDB's own lock file waits for its heartbeat to go stale instead, and is turned off).
 * Thread-safe.
 */
final class DirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of a data directory.
     *
     * @param directory the data directory, which exists
     * @return the lock
     * @throws SandboxStoreException if another sandbox holds the directory or the lock file cannot be opened
     */
    static DirectoryLock acquire(Path directory) {
        Path file = directory.resolve("cms.lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new SandboxStoreException(
                    "cannot open the data directory's lock file " + file + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this JVM
        } catch (IOException e) {
            closeQuietly(channel);
            throw new SandboxStoreException("cannot lock the data directory " + directory + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new SandboxStoreException("the data directory " + directory + " is in use by another sandbox", null);
        }
        return new DirectoryLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below lets the lock go as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written through it.
        }
    }
}
