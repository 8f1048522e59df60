package org.vfmigrate.dal.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS file lock beside the embedded database directory. The kernel drops it when the holding
 * process dies however it dies, so holding it proves no live engine uses the directory and any postmaster found
 * there is an orphan.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path databaseDirectory) {
        Path lockFile = databaseDirectory.resolveSibling(databaseDirectory.getFileName() + ".lock");
        try {
            Files.createDirectories(databaseDirectory);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new InvalidSettingException(DatabaseSettings.DATA_DIR + "=" + databaseDirectory.getParent()
                        + " cannot be used: another vfmigrate engine is running with it");
            }
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new InvalidSettingException(DatabaseSettings.DATA_DIR + "=" + databaseDirectory.getParent()
                    + " cannot be used: " + e.getMessage());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}
