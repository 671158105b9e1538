package org.lingong.kiosk.rating;

import java.time.Duration;

import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.funnel.SessionJourney;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ShellExtension;
import org.lingong.kiosk.worker.WorkerSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 好差评: offered when a session that did something ends ({@code kiosk.rating.enabled}, default true; the card shows
 * for {@code kiosk.rating.ask-for}, default 45 s); the next person's arrival puts it away.
 */
@Configuration(proxyBeanMethods = false)
public class RatingConfiguration {

    /** Above the leave question and the call line. */
    static final int OVERLAY_ORDER = 30;

    @Bean
    RatingViewModel ratingViewModel(KioskEvents events, StaffAlerts alerts, TaskExecutor executor,
            SessionJourney journey, WorkerSession workers, ScreenNavigator navigator, ObjectProvider<IdleSession> idle,
            @Value("${kiosk.rating.enabled:true}") boolean enabled) {
        RatingViewModel rating = new RatingViewModel(events, alerts, executor);
        if (enabled) {
            // a visit whose person walked away (the idle timeout) is not rated by whoever comes next
            journey.addListener(visit -> {
                if (!idle.getObject().endingUnattended()) {
                    rating.offer(visit);
                }
            });
        }
        workers.activeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                rating.dismiss();
            }
        });
        // the next person began (a tile, or their card laid over the last one's): the last visit's faces go away
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (now != Screen.ATTRACT) {
                rating.dismiss();
            }
        });
        return rating;
    }

    @Bean
    ShellExtension ratingCard(RatingViewModel rating, Messages messages,
            @Value("${kiosk.rating.ask-for:45s}") Duration askFor) {
        return ShellExtension.of(OVERLAY_ORDER, (shell, scene) -> shell.addOverlay(new RatingView(rating, messages,
                askFor)));
    }
}
