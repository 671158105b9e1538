package org.lingong.kiosk.attract;

import java.time.Clock;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The attract screen and its view model; its data ports come from {@code org.lingong.kiosk.platform.PlatformConfiguration}
 * (platform-backed, or the demo ones with {@code kiosk.platform.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
public class AttractConfiguration {

    @Bean
    AttractViewModel attractViewModel(ServiceItemSource items, CatalogFreshness freshness, TaskExecutor executor,
            ScreenNavigator navigator, Messages messages, Clock clock) {
        return new AttractViewModel(items, freshness, executor, navigator, messages, clock);
    }

    /** The attract screen; it refreshes its lists each time it is shown. */
    @Bean
    ScreenViewFactory attractScreen(AttractViewModel viewModel, Messages messages) {
        return ScreenViewFactory.of(Screen.ATTRACT, () -> new AttractView(viewModel, messages), viewModel::refresh);
    }
}
