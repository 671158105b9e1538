package org.lingong.kiosk.survey;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.shell.ShellExtension;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 就业状态核实: asked when a returning worker is identified ({@code kiosk.status-check.enabled}, default true), at
 * most once per {@code kiosk.status-check.period} (default 90 days); when each worker was last asked is kept in
 * {@code kiosk.status-check.ledger} (default: {@code status-checks.properties} in the kiosk's data directory).
 */
@Configuration(proxyBeanMethods = false)
public class SurveyConfiguration {

    /** Above the leave question, below the rating. */
    static final int OVERLAY_ORDER = 22;

    private static final String LEDGER =
            "${kiosk.status-check.ledger:${kiosk.platform.data-dir:data/kiosk}/status-checks.properties}";

    @Bean
    StatusCheckViewModel statusCheckViewModel(KioskEvents events, TaskExecutor executor, Clock clock,
            WorkerSession workers, RegistrationViewModel registration,
            @Value("${kiosk.status-check.period:P90D}") Period period,
            @Value(LEDGER) Path ledger,
            @Value("${kiosk.status-check.enabled:true}") boolean enabled) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("kiosk.status-check.period must be positive, e.g. P90D: " + period);
        }
        StatusCheckViewModel check = new StatusCheckViewModel(new StatusCheckLedger(ledger), events, executor, clock,
                period);
        workers.activeProperty().addListener((obs, old, now) -> {
            if (enabled && now != null) {
                // registered in this session (also when a pending 我要报名 took them on to the referral screen at once)
                ActiveWorker registered = registration.registeredWorkerProperty().get();
                check.workerIdentified(now.workerRef(),
                        registered != null && registered.workerRef().equals(now.workerRef()));
            }
        });
        return check;
    }

    @Bean
    ShellExtension statusCheckCard(StatusCheckViewModel check, Messages messages) {
        return ShellExtension.of(OVERLAY_ORDER, (shell, scene) -> shell.addOverlay(new StatusCheckView(check,
                messages)));
    }
}
