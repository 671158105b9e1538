package org.lingong.platform.api.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a file so that a crash leaves the old content or the new, never a torn file, and nobody but its owner can
 * read it at any moment: the content goes to a temporary file in the target's directory created with mode 600, is
 * forced to disk, moved over (or linked to) the target in one step, and the directory is forced so the rename itself
 * survives a power cut. Off POSIX the permissions are left to the directory's ACL.
 */
public final class AtomicFiles {

    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code content} (creating it and its directories if missing), mode 600. */
    public static void writeOwnerOnly(Path target, byte[] content) throws IOException {
        Path temp = writeTemporary(target, content);
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the directory does not support atomic rename: " + directoryOf(target), e);
            }
            forceDirectory(directoryOf(target));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates {@code target} with {@code content}, mode 600, unless it exists: of two processes creating the same file
     * at once exactly one wins, and the other keeps the winner's content.
     *
     * @return false if {@code target} existed already (it is left as it was)
     */
    public static boolean createOwnerOnly(Path target, byte[] content) throws IOException {
        if (Files.exists(target)) {
            return false;
        }
        Path temp = writeTemporary(target, content);
        try {
            Files.createLink(target, temp);
            forceDirectory(directoryOf(target));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** True if the file exists and nobody but its owner may read or write it (always true off POSIX). */
    public static boolean isOwnerOnly(Path file) throws IOException {
        if (!posix()) {
            return Files.exists(file);
        }
        return OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file));
    }

    private static Path writeTemporary(Path target, byte[] content) throws IOException {
        Path dir = directoryOf(target);
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        if (posix()) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(temp);
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private static Path directoryOf(Path target) {
        return target.toAbsolutePath().getParent();
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory; the rename is atomic all the same
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
