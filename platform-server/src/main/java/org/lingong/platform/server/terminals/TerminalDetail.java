package org.lingong.platform.server.terminals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal as the console shows it: its last heartbeat, what is parked there, its catalog and clock, its station's
 * place. {@code contentVersion} / {@code contentCurrent}: what the kiosk holds / what its station should hold.
 */
public record TerminalDetail(TerminalStatus status, String districtCode, ParkedSummary parked, Long contentVersion,
                             Long contentCurrent, Long clockSkewMillis) {

    /** Filter of the terminal list. */
    public enum State { ALL, ONLINE, OFFLINE, ALERT, REVOKED }

    public boolean revoked() {
        return status.revokedAt() != null;
    }

    public boolean offlineLongerThan(Duration limit, Instant now) {
        return !revoked() && (status.lastSeenAt() == null || Duration.between(status.lastSeenAt(), now).compareTo(limit) > 0);
    }

    /** What needs someone's attention, in words for the page; empty when all is well (revoked terminals: nothing). */
    public List<String> alerts(Duration offlineLimit, Instant now) {
        List<String> alerts = new ArrayList<>();
        if (revoked()) {
            return alerts;
        }
        if (offlineLongerThan(offlineLimit, now)) {
            alerts.add(status.lastSeenAt() == null ? "从未上线" : "离线超过 " + offlineLimit.toMinutes() + " 分钟");
        }
        String devices = status.deviceStates() == null ? "" : status.deviceStates();
        if (devices.contains("PAPER_OUT")) {
            alerts.add("打印机缺纸");
        } else if (devices.contains("PAPER_LOW")) {
            alerts.add("打印纸将尽");
        }
        if (parked != null && parked.count() > 0) {
            alerts.add(parked.count() + " 条事件被平台拒收，待处理");
        }
        if (contentVersion != null && contentCurrent != null && contentVersion < contentCurrent) {
            alerts.add("信息目录未更新（终端 " + contentVersion + "，应为 " + contentCurrent + "）");
        }
        return alerts;
    }

    public boolean matches(State state, Duration offlineLimit, Instant now) {
        return switch (state) {
            case ALL -> true;
            case REVOKED -> revoked();
            case OFFLINE -> offlineLongerThan(offlineLimit, now);
            case ONLINE -> !revoked() && !offlineLongerThan(offlineLimit, now);
            case ALERT -> !alerts(offlineLimit, now).isEmpty();
        };
    }
}
