package org.lingong.platform.server.support;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the platform's data (database files, keys) readable by its own user only: directories 0700, files 0600.
 * On file systems without POSIX permissions it does nothing.
 */
public final class OwnerOnlyFiles {

    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final int STICKY_BIT = 01000;

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code directory} (and missing parents) as 0700, or tightens it to 0700 if it exists, belongs to
     * this user and is not a shared sticky directory such as {@code /tmp}.
     */
    public static void directory(Path directory) {
        if (!posix()) {
            return;
        }
        try {
            if (!Files.exists(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
                return;
            }
            if (!Files.getPosixFilePermissions(directory).equals(DIRECTORY) && ownedAndNotShared(directory)) {
                Files.setPosixFilePermissions(directory, DIRECTORY);
                log.info("Data directory {} made owner-only (0700)", directory);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot make data directory " + directory + " owner-only: " + e.getMessage(), e);
        }
    }

    /** Sets every regular file in {@code directory} whose name starts with {@code prefix} to 0600. */
    public static void files(Path directory, String prefix) {
        if (!posix() || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : entries.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                file(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list data directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Sets {@code file} to 0600 if it is a regular file (not a link). */
    public static void file(Path file) {
        if (!posix() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, FILE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot make data file " + file + " owner-only: " + e.getMessage(), e);
        }
    }

    private static boolean ownedAndNotShared(Path directory) throws IOException {
        boolean owned = Files.getOwner(directory).getName().equals(System.getProperty("user.name"));
        int mode = (Integer) Files.getAttribute(directory, "unix:mode");
        return owned && (mode & STICKY_BIT) == 0;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
