package org.lingong.kiosk.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** Owner, group and mode of a file in the words {@code ls -l} uses. */
final class Permissions {

    private Permissions() {
    }

    static Optional<PosixFileAttributes> of(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, PosixFileAttributes.class));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    static String describe(Path path) {
        return of(path).map(a -> a.owner().getName() + ":" + a.group().getName() + " "
                + PosixFilePermissions.toString(a.permissions())).orElse("attributes unreadable");
    }

    static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
