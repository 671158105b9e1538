package org.lingong.platform.server.employers;

/** Where a posting's review (审核) stands. */
public enum PostingState {
    PENDING("待审核"), APPROVED("已通过，驿站可见"), REJECTED("未通过");

    private final String label;

    PostingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
