package org.lingong.kiosk.staff;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.platform.ClockCheck;
import org.lingong.kiosk.session.AdminScoped;
import org.lingong.kiosk.status.StatusBarViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 设备与网络 tab: each device's state (the status bar's view model), the terminal id, outbox figures with
 * 重新发送 for parked events, the catalog's last refresh and the app version. JavaFX thread only.
 */
public final class HealthViewModel implements AdminScoped {

    private static final Logger log = LoggerFactory.getLogger(HealthViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Supplier<StatusBarViewModel> devices;
    private final PlatformFacts platform;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final String appVersion;
    private final ReadOnlyStringWrapper terminalId = new ReadOnlyStringWrapper(this, "terminalId", "");
    private final ReadOnlyObjectWrapper<PlatformFacts.Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper catalogTime = new ReadOnlyStringWrapper(this, "catalogTime", "");
    private final ReadOnlyObjectWrapper<String> result = new ReadOnlyObjectWrapper<>(this, "result", "");
    private final ReadOnlyObjectWrapper<Integer> resent = new ReadOnlyObjectWrapper<>(this, "resent", 0);
    private final ReadOnlyStringWrapper clockKey = new ReadOnlyStringWrapper(this, "clockKey", "");
    private final ReadOnlyObjectWrapper<Long> clockMinutes = new ReadOnlyObjectWrapper<>(this, "clockMinutes", 0L);

    /** @param devices the status bar's view model, looked up when the view is built */
    public HealthViewModel(Supplier<StatusBarViewModel> devices, PlatformFacts platform, TaskExecutor executor, ZoneId zone,
            String appVersion) {
        this.devices = devices;
        this.platform = platform;
        this.executor = executor;
        this.zone = zone;
        this.appVersion = appVersion;
    }

    public StatusBarViewModel devices() {
        return devices.get();
    }

    /** The station's time zone: staff times are shown in it. */
    public ZoneId zone() {
        return zone;
    }

    public String appVersion() {
        return appVersion;
    }

    /** The terminal id, empty before enrollment (the view says 未注册). */
    public ReadOnlyStringProperty terminalId() {
        return terminalId.getReadOnlyProperty();
    }

    /** The latest figures, {@code null} until read. */
    public ReadOnlyObjectProperty<PlatformFacts.Snapshot> snapshot() {
        return snapshot.getReadOnlyProperty();
    }

    /** The catalog's last refresh as local time, empty if never. */
    public ReadOnlyStringProperty catalogTime() {
        return catalogTime.getReadOnlyProperty();
    }

    /** Message key of the last 重新发送, empty before; {@link #resent()} is its count. */
    public ReadOnlyObjectProperty<String> result() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> resent() {
        return resent.getReadOnlyProperty();
    }

    /**
     * The kiosk's clock against the platform's, as a message key: "时钟偏差 N 分钟" (ahead or behind, N is
     * {@link #clockMinutes()}) from a minute on, 时钟正常 below, empty before the platform ever answered.
     */
    public ReadOnlyStringProperty clockKey() {
        return clockKey.getReadOnlyProperty();
    }

    /** The clock skew in whole minutes, never negative; see {@link #clockKey()}. */
    public ReadOnlyObjectProperty<Long> clockMinutes() {
        return clockMinutes.getReadOnlyProperty();
    }

    /** Drops the last action's message (it spoke of a state that may be gone). */
    public void forgetResult() {
        result.set("");
    }

    public void refresh() {
        executor.submit(platform::snapshot, this::show, error -> log.warn("Platform figures not read: {}", error.toString()));
        executor.submit(platform::clockSkew, this::showClock, error -> log.warn("Clock skew not read: {}", error.toString()));
    }

    private void showClock(Optional<Duration> skew) {
        long minutes = skew.map(ClockCheck::minutes).orElse(0L);
        clockMinutes.set(Math.abs(minutes));
        clockKey.set(skew.isEmpty() ? "" : !ClockCheck.isOff(skew) ? "staff.health.clockOk"
                : minutes > 0 ? "staff.health.clockBehind" : "staff.health.clockAhead");
    }

    public void retryParked() {
        executor.submit(platform::retryParked, count -> {
            resent.set(count);
            result.set("staff.health.resent");
            refresh();
        }, error -> result.set("staff.health.resendFailed"));
    }

    private void show(PlatformFacts.Snapshot figures) {
        snapshot.set(figures);
        terminalId.set(figures.terminalId().orElse(""));
        catalogTime.set(figures.catalogRefreshed().map(at -> TIME.format(at.atZone(zone))).orElse(""));
    }

    @Override
    public void clearSession() {
        result.set("");
        resent.set(0);
    }
}
