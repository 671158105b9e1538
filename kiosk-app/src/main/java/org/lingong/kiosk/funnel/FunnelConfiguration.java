package org.lingong.kiosk.funnel;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.lingong.kiosk.attract.AttractTile;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.kiosk.referral.ReferralStage;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.WorkerSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The visit funnel: every session's anonymous counts, fed by the navigator, the worker session and the slip. */
@Configuration(proxyBeanMethods = false)
public class FunnelConfiguration {

    @Bean
    SessionJourney sessionJourney(ScreenNavigator navigator, WorkerSession workers, ReferralViewModel referral,
            KioskEvents events, TaskExecutor executor, Clock clock) {
        SessionJourney journey = new SessionJourney(Arrays.stream(AttractTile.values())
                .map(tile -> tile.target().name()).collect(Collectors.toSet()), events, executor, clock);
        navigator.currentProperty().addListener((obs, old, now) -> journey.screenShown(now.name()));
        workers.activeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                journey.identified(now.workerRef());
            }
        });
        referral.stageProperty().addListener((obs, old, now) -> {
            if (now == ReferralStage.PRINTED) {
                journey.printed();
            }
        });
        return journey;
    }
}
