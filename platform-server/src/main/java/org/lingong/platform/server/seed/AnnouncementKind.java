package org.lingong.platform.server.seed;

/** Kind of a public announcement. */
public enum AnnouncementKind {
    POLICY("政策"),
    NOTICE("通知"),
    EVENT("活动");

    private final String label;

    AnnouncementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
