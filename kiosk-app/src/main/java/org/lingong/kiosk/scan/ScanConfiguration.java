package org.lingong.kiosk.scan;

import java.time.Clock;
import java.util.Optional;

import org.lingong.devices.scanner.codec.WedgeBurstDetector;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.recognition.WorkerCodes;
import org.lingong.kiosk.recognition.WorkerRecognition;
import org.lingong.kiosk.search.JobSearch;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.shell.ShellExtension;
import org.lingong.platform.client.BackendClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * QR login and the 扫码 screen: the scan router (job posters, worker codes, referral slips), keyboard-wedge input kept out
 * of text fields, and the screen itself. Serial scanners reach the router through {@code devices}.
 */
@Configuration(proxyBeanMethods = false)
public class ScanConfiguration {

    @Bean
    JobOpener jobOpener(JobSearch jobs, SearchViewModel search, TaskExecutor executor, ScreenNavigator navigator,
            NoticeViewModel notices) {
        return new JobOpener(jobs, search, executor, navigator, notices);
    }

    /** Offline slip checks with this terminal's key; none before enrollment or without the platform. */
    @Bean
    SlipChecker slipChecker(PlatformProperties platform, ObjectProvider<BackendClient> backend) {
        return token -> Optional.ofNullable(platform.enabled() ? backend.getObject() : null)
                .filter(client -> client.identity().isPresent())
                .map(client -> client.referralVerifier().verifyOffline(token));
    }

    @Bean
    ScanRouter scanRouter(IdleSession idle, NoticeViewModel notices, JobOpener jobs, WorkerCodes codes,
            WorkerRecognition recognition, SlipChecker slips, TaskExecutor executor, Messages messages, Clock clock) {
        return new QrScanRouter(idle::touch, notices, jobs, codes, recognition, slips, executor, messages, clock);
    }

    @Bean
    WedgeInput wedgeInput(ScanRouter router) {
        return new WedgeInput(new WedgeBurstDetector(), router, System::nanoTime);
    }

    /** Keyboard-wedge scans are caught on the scene, before a text field sees them. */
    @Bean
    ShellExtension wedgeKeyFilter(WedgeInput input) {
        return ShellExtension.of(0, (shell, scene) -> WedgeKeyFilter.install(scene, input));
    }

    @Bean
    ScanViewModel scanViewModel(ScreenNavigator navigator) {
        return new ScanViewModel(navigator);
    }

    @Bean
    ScreenViewFactory scanScreen(ScanViewModel viewModel, Messages messages) {
        return ScreenViewFactory.of(Screen.SCAN, () -> new ScanView(viewModel, messages));
    }
}
