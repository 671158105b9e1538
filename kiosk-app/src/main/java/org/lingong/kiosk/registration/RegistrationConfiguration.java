package org.lingong.kiosk.registration;

import java.time.Clock;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registration screen's view model and its ports. Hook for the wiring issue: replace the
 * {@link DemoRegistrationSink} bean with the backend client's outbox, and the
 * {@link DemoJobCategorySource} with the catalog cache. {@code kiosk.registration.retention-years}
 * (default 3) is the retention the consent notice promises.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationConfiguration {

    @Bean
    JobCategorySource jobCategorySource() {
        return new DemoJobCategorySource();
    }

    @Bean
    RegistrationSink registrationSink() {
        return new DemoRegistrationSink();
    }

    @Bean
    RegistrationViewModel registrationViewModel(JobCategorySource categories, RegistrationSink sink,
            TaskExecutor executor, ScreenNavigator navigator, Messages messages, Clock clock,
            @Value("${kiosk.registration.retention-years:3}") int retentionYears) {
        if (retentionYears < 1 || retentionYears > 30) {
            throw new IllegalArgumentException("kiosk.registration.retention-years must be 1..30, was " + retentionYears);
        }
        return new RegistrationViewModel(categories, sink, executor, navigator, messages, clock, retentionYears);
    }
}
