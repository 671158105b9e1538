package org.lingong.kiosk.callstaff;

import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ShellExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 呼叫工作人员: the button in the top bar and the line that tells the worker staff were called or are coming. */
@Configuration(proxyBeanMethods = false)
public class CallStaffConfiguration {

    /** How long the line above the status bar shows after a call or an answer. */
    private static final javafx.util.Duration BANNER_SHOWN_FOR = javafx.util.Duration.seconds(10);

    /** Above the notices and the leave question, below the idle overlay. */
    static final int OVERLAY_ORDER = 25;

    @Bean
    CallStaffViewModel callStaffViewModel(StaffAlerts alerts, KioskEvents events, TaskExecutor executor,
            CurrentStation station, ScreenNavigator navigator) {
        return new CallStaffViewModel(alerts, events, executor, station::label, () -> navigator.current().name());
    }

    @Bean
    ShellExtension callStaffButtonAndBanner(CallStaffViewModel callStaff, Messages messages) {
        return ShellExtension.of(OVERLAY_ORDER, (shell, scene) -> {
            shell.addOverlay(new CallStaffBanner(callStaff, messages, BANNER_SHOWN_FOR));
            shell.addTopBarAction(new CallStaffButton(callStaff, messages));
        });
    }
}
