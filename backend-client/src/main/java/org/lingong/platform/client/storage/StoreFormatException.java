package org.lingong.platform.client.storage;

import java.nio.file.Path;

/**
 * A local database file that is not what it should be: another program's file, a corrupted file, a
 * file written by a newer version, or a key that does not fit. Nothing was changed or reset; staff
 * must move the file aside (or restore the key) deliberately.
 */
public final class StoreFormatException extends RuntimeException {

    /** What is wrong with the file. */
    public enum Problem { NOT_SQLITE, FOREIGN, NEWER_VERSION, CORRUPTED, KEY_MISSING, KEY_MISMATCH }

    private final transient Path file;
    private final Problem problem;

    public StoreFormatException(Path file, Problem problem, String message) {
        this(file, problem, message, null);
    }

    public StoreFormatException(Path file, Problem problem, String message, Throwable cause) {
        super(file + ": " + message + " (" + problem + "; nothing was changed)", cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }
}
