package org.lingong.platform.client.catalog;

/** The catalog file could not be read or written (disk full, I/O error). */
public final class CatalogException extends RuntimeException {

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
