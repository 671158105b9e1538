package org.lingong.kiosk.leave;

import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.worker.WorkerSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Leaving the kiosk: the 返回首页 question and 退出. */
@Configuration(proxyBeanMethods = false)
public class LeaveConfiguration {

    /** The idle session is looked up late: it needs every session-scoped bean, this one included. */
    @Bean
    LeaveViewModel leaveViewModel(WorkerSession workers, PlacedCard card, ObjectProvider<IdleSession> idle) {
        return new LeaveViewModel(workers, card, () -> idle.getObject().endSession());
    }
}
