package org.lingong.kiosk.content;

import java.time.Clock;
import java.util.List;

import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.platform.OutboxSignUpSink;
import org.lingong.kiosk.platform.PlatformContent;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.events.SignUpTarget;
import org.lingong.platform.client.BackendClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 培训 and 招聘会 screens. On the platform they list the last content bundle ({@link PlatformContent}) and
 * sign-ups go into the outbox ({@link OutboxSignUpSink}); with {@code kiosk.platform.enabled=false} they list the
 * bundled {@link DemoContent} and sign-ups only reach the log. Decided at run time in the bean methods (no bean
 * conditions: the fast start freezes them); the backend client is lazy, so it is only asked for on the platform.
 */
@Configuration(proxyBeanMethods = false)
public class ContentConfiguration {

    @Bean
    ContentSource contentSource(PlatformProperties properties, PlatformContent content, Clock clock) {
        if (!properties.enabled()) {
            return new DemoContent(clock);
        }
        return () -> content.updatedAt().map(at -> new StationContent(content.trainingCourses().orElse(List.of()),
                content.jobFairs().orElse(List.of()), content.liveSessions().orElse(List.of()), at))
                ;
    }

    @Bean
    SignUpSink signUpSink(PlatformProperties properties, ObjectProvider<BackendClient> backend, Clock clock) {
        return properties.enabled() ? new OutboxSignUpSink(backend.getObject(), clock) : new DemoSignUpSink();
    }

    @Bean
    SignUps signUps(SignUpSink sink, WorkerSession workers, TaskExecutor executor) {
        return new SignUps(sink, workers, executor);
    }

    @Bean
    ContentScreenViewModel trainingViewModel(ContentSource source, SignUps signUps, TaskExecutor executor,
            ScreenNavigator navigator, Clock clock) {
        return new ContentScreenViewModel(Screen.TRAINING, List.of(SignUpTarget.TRAINING), source, signUps, executor,
                navigator, clock);
    }

    @Bean
    ContentScreenViewModel jobFairViewModel(ContentSource source, SignUps signUps, TaskExecutor executor,
            ScreenNavigator navigator, Clock clock) {
        return new ContentScreenViewModel(Screen.JOB_FAIR, List.of(SignUpTarget.JOB_FAIR, SignUpTarget.LIVE_SESSION),
                source, signUps, executor, navigator, clock);
    }

    @Bean
    ScreenViewFactory trainingScreen(@Qualifier("trainingViewModel") ContentScreenViewModel viewModel,
            Messages messages, Clock clock) {
        return ScreenViewFactory.of(Screen.TRAINING, () -> new ContentView(viewModel, messages, clock));
    }

    @Bean
    ScreenViewFactory jobFairScreen(@Qualifier("jobFairViewModel") ContentScreenViewModel viewModel,
            Messages messages, Clock clock) {
        return ScreenViewFactory.of(Screen.JOB_FAIR, () -> new ContentView(viewModel, messages, clock));
    }
}
