package org.lingong.platform.server.seed;

/** Where a public employment service is handled. */
public enum ServiceChannel {
    STATION("零工驿站"),
    WINDOW("政务服务窗口"),
    ONLINE("线上");

    private final String label;

    ServiceChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
