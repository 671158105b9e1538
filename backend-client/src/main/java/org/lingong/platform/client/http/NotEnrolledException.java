package org.lingong.platform.client.http;

import java.io.IOException;

/** A signed call was made before the terminal had an identity. */
public final class NotEnrolledException extends IOException {

    public NotEnrolledException(String message) {
        super(message);
    }
}
