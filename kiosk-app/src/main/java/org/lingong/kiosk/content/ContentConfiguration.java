package org.lingong.kiosk.content;

import java.time.Clock;
import java.util.List;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.events.SignUpTarget;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 培训 and 招聘会 screens. Their ports {@link ContentSource} and {@link SignUpSink} come from
 * {@code org.lingong.kiosk.platform.PlatformConfiguration}: on the platform the last content bundle and the outbox; with
 * {@code kiosk.platform.enabled=false} the bundled {@link DemoContent} and sign-ups that only reach the log.
 */
@Configuration(proxyBeanMethods = false)
public class ContentConfiguration {

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
