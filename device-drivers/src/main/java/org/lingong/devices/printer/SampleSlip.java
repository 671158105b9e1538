package org.lingong.devices.printer;

/**
 * A fictional referral slip for test prints (technician CLI, simulator demos, tests). The person,
 * employer and numbers are invented.
 */
public final class SampleSlip {

    /** A token of the length a signed verification token has (payload + Ed25519 signature, base64url). */
    public static final String SAMPLE_TOKEN = "LG1.eyJzIjoiVEotMjAyNjExMjctMDA0MiIsImoiOiJKLTc3MDEiLCJ0IjoiSE0tMDEifQ"
            + ".q3xW9pZt2Lr8cVn0bFh1KdT5uYs7mQeJ4aG6oPiR3lNwXk2EvC8yUfM9jHzBtDg1";

    private SampleSlip() {
    }

    public static ReferralSlip referralSlip() {
        return new ReferralSlip(
                "TJ-20261127-0042",
                "建筑小工",
                "呼和浩特市青城建设工程有限公司",
                "李经理",
                "13812345678",
                "呼和浩特市赛罕区大学东街110号青城家园三期工地",
                "￥260/天",
                "2026-12-01 至 2026-12-03",
                "07:30-17:30",
                "张小三",
                "150102199001011234",
                "赛罕区敕勒川路街道零工驿站",
                "2026-11-27 08:15",
                "2026-11-28 08:15",
                SAMPLE_TOKEN);
    }
}
