package org.lingong.kiosk.registration;

import java.time.Clock;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.kiosk.worktype.JobCategorySource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registration screen's view model and its ports. The {@link RegistrationSink} comes from
 * {@code org.lingong.kiosk.platform.PlatformConfiguration} (the outbox sink, or the {@link DemoRegistrationSink} with
 * {@code kiosk.platform.enabled=false}), the {@link JobCategorySource} too (the platform's work-type list, or its bundled
 * copy). {@code kiosk.registration.retention-years}
 * (default 3) is the retention the consent notice promises.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationConfiguration {

    @Bean
    RegistrationViewModel registrationViewModel(JobCategorySource categories, RegistrationSink sink,
            TaskExecutor executor, ScreenNavigator navigator, Messages messages, Clock clock, WorkerSession workerSession,
            ObjectProvider<IdleSession> idle,
            @Value("${kiosk.registration.retention-years:3}") int retentionYears) {
        if (retentionYears < 1 || retentionYears > 30) {
            throw new IllegalArgumentException("kiosk.registration.retention-years must be 1..30, was " + retentionYears);
        }
        RegistrationViewModel viewModel =
                new RegistrationViewModel(categories, sink, executor, navigator, messages, clock, retentionYears,
                        () -> idle.getObject().endSession());
        viewModel.registeredWorkerProperty().addListener((obs, old, now) -> {
            if (now != null) {
                workerSession.begin(now);
            }
        });
        return viewModel;
    }

    /** The registration screen, with the corner pieces other features contribute (the worker code). */
    @Bean
    ScreenViewFactory registrationScreen(RegistrationViewModel viewModel, Messages messages,
            ObjectProvider<RegistrationCorner> corners) {
        return ScreenViewFactory.of(Screen.REGISTER,
                () -> RegistrationScreen.create(viewModel, messages, corners.orderedStream().toList()));
    }
}
