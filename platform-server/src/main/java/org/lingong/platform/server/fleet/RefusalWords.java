package org.lingong.platform.server.fleet;

import java.util.Map;
import org.lingong.platform.api.heartbeat.ParkedReport;

/** A parked event in words for operators: what it was and why the platform refused it. */
final class RefusalWords {

    private static final Map<String, String> EVENTS = Map.of(
            "WORKER_REGISTERED", "求职登记",
            "REFERRAL_ISSUED", "推荐单",
            "REFERRAL_OUTCOME", "推荐结果",
            "SIGN_UP", "报名",
            "FEEDBACK", "意见反馈",
            "DEVICE_STATUS", "设备状态",
            "VISIT_COUNT", "访问人次",
            "EMPLOYMENT_STATUS_CHECKED", "就业状态核实",
            "STAFF_CALLED", "呼叫工作人员",
            "STAFF_CALL_ENDED", "呼叫结束");

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("invalid-id-number", "证件号码未通过平台校验"),
            Map.entry("consent-missing", "缺少本人同意"),
            Map.entry("invalid-value", "信息不符合平台要求"),
            Map.entry("missing-field", "信息不完整"),
            Map.entry("invalid-date", "日期不对"),
            Map.entry("duplicate-referral", "重复报名"),
            Map.entry("invalid-transition", "状态不允许这样变更"),
            Map.entry("unknown-job", "岗位已下架或不存在"),
            Map.entry("unknown-referral", "推荐单不存在"),
            Map.entry("unknown-worker-ref", "求职者未在平台登记"),
            Map.entry("bad-token-signature", "推荐单签名不对"),
            Map.entry("malformed-token", "推荐单二维码损坏"),
            Map.entry("token-terminal-mismatch", "推荐单不是本终端开具的"),
            Map.entry("unreadable-locally", "终端本地记录无法读取"));

    private RefusalWords() {
    }

    /** {@code 推荐单 TJ-20261205-0003：重复报名}; unknown codes are shown as they are. */
    static String of(ParkedReport report) {
        String what = EVENTS.getOrDefault(report.eventType(), report.eventType());
        String slip = report.slipNumber() == null ? "" : " " + report.slipNumber();
        return what + slip + "：" + REASONS.getOrDefault(report.reason(), "平台拒收（" + report.reason() + "）");
    }
}
