package org.lingong.devices.printer;

import java.util.List;
import org.lingong.platform.api.privacy.Masking;

/**
 * A fictional referral slip for test prints (technician CLI, simulator demos, tests). The person,
 * employer and numbers are invented. {@link #text()} is it worded as a test page, already masked; the kiosk words real
 * slips itself.
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

    /** The sample as a test page: the slip's fields under plain labels, personal data masked. */
    public static SlipText text() {
        ReferralSlip slip = referralSlip();
        return new SlipText("测试推荐单", "编号：" + slip.slipNumber(), List.of(
                List.of(new SlipText.Line("工种岗位", slip.jobTitle(), true),
                        SlipText.Line.of("用工单位", slip.employer()),
                        SlipText.Line.of("联系人", slip.contactName() + " " + slip.contactPhone()),
                        SlipText.Line.of("工作地址", slip.address()),
                        SlipText.Line.of("工作日期", slip.workDates()),
                        SlipText.Line.of("上班时间", slip.timeWindow()),
                        SlipText.Line.of("工资待遇", slip.pay())),
                List.of(SlipText.Line.of("求职者", Masking.name(slip.workerName())),
                        SlipText.Line.of("身份证号", Masking.idNumber(slip.workerIdNumber()))),
                List.of(SlipText.Line.of("推荐驿站", slip.station()),
                        SlipText.Line.of("开具时间", slip.issuedAt()),
                        SlipText.Line.of("有效期至", slip.expiresAt()))),
                slip.qrToken(), "用工单位扫码核验");
    }
}
