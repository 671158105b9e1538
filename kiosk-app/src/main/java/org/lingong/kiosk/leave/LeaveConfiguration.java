package org.lingong.kiosk.leave;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.HomeGuard;
import org.lingong.kiosk.shell.ShellExtension;
import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.worker.WorkerSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Leaving the kiosk: the 返回首页 question (asked before the shell goes home) and 退出 in the top bar. */
@Configuration(proxyBeanMethods = false)
public class LeaveConfiguration {

    /** Overlays in the shell, lowest first: the leave question above the notices. */
    static final int OVERLAY_ORDER = 20;

    /** The idle session is looked up late: it needs every session-scoped bean, this one included. */
    @Bean
    LeaveViewModel leaveViewModel(WorkerSession workers, PlacedCard card, ObjectProvider<IdleSession> idle) {
        return new LeaveViewModel(workers, card, () -> idle.getObject().endSession());
    }

    @Bean
    HomeGuard leaveBeforeHome(LeaveViewModel leave) {
        return leave::interceptHome;
    }

    @Bean
    ShellExtension leaveQuestionAndExitButton(LeaveViewModel leave, Messages messages) {
        return ShellExtension.of(OVERLAY_ORDER, (shell, scene) -> {
            shell.addOverlay(new LeaveConfirmView(leave, messages));
            shell.addTopBarAction(new ExitButton(leave, messages));
        });
    }
}
