package org.lingong.kiosk.recognition;

import java.time.Clock;

import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.registration.RegistrationCorner;
import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.WorkerSession;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Recognising workers: the kiosk secret and the known-worker store in {@code kiosk.platform.data-dir} (with or without
 * the platform), the worker codes, what happens when a worker is recognised (by card in {@code card}, by code in
 * {@code scan}), and the worker-code QR on the registration done step. The primary {@link RegistrationSink} wraps the kiosk's {@code registrationSink} bean so
 * that kept registrations with an ID card are remembered.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
public class RecognitionConfiguration {

    @Bean
    KioskSecret kioskSecret(PlatformProperties platform) {
        return KioskSecret.loadOrCreate(platform.dataDirectory());
    }

    @Bean(destroyMethod = "close")
    KnownWorkers knownWorkers(PlatformProperties platform, KioskSecret secret, Clock clock) {
        return KnownWorkers.open(platform.dataDirectory(), secret, clock);
    }

    @Bean
    WorkerCodes workerCodes(KioskSecret secret) {
        return new WorkerCodes(secret);
    }

    /**
     * The sink everyone gets: the kiosk's {@code registrationSink} (outbox or demo), wrapped so that every registration
     * kept with an ID card is remembered.
     */
    @Bean
    @Primary
    RememberingRegistrationSink rememberingRegistrationSink(@Qualifier("registrationSink") RegistrationSink sink,
            KnownWorkers known) {
        return new RememberingRegistrationSink(sink, known);
    }

    @Bean
    WorkerRecognition workerRecognition(KnownWorkers known, TaskExecutor executor, ScreenNavigator navigator,
            WorkerSession session, NoticeViewModel notices, IdleSession idle) {
        return new WorkerRecognition(known, executor, navigator, session, notices, () -> {
            idle.endSession();
            idle.touch();
        });
    }

    /** The worker-code QR in the free corner of the registration screen's done step. */
    @Bean
    RegistrationCorner workerCodeCorner(WorkerCodeBadgeViewModel badge, Messages messages) {
        return () -> new WorkerCodeBadgeView(badge, messages);
    }
}
