package org.lingong.platform.client.remote;

/** Why orders were refused: the reason code reported to the platform ({@link org.lingong.platform.api.remote.ConfigRefusal}). */
final class RemoteOrdersRefused extends Exception {

    private final long version;

    RemoteOrdersRefused(long version, String reason) {
        super(reason, null, false, false);
        this.version = version;
    }

    long version() {
        return version;
    }
}
