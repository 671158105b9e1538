package org.lingong.kiosk.attract;

import java.time.Clock;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The attract screen's view model and, with {@code kiosk.platform.enabled=false}, its demo data ports (otherwise
 * {@code org.lingong.kiosk.platform.PlatformConfiguration} provides them).
 */
@Configuration(proxyBeanMethods = false)
public class AttractConfiguration {

    @Bean
    @ConditionalOnProperty(name = "kiosk.platform.enabled", havingValue = "false")
    ServiceItemSource serviceItemSource() {
        return new DemoServiceItemSource();
    }

    @Bean
    @ConditionalOnProperty(name = "kiosk.platform.enabled", havingValue = "false")
    CatalogFreshness catalogFreshness() {
        return DemoCatalogFreshness.neverSynchronised();
    }

    @Bean
    AttractViewModel attractViewModel(ServiceItemSource items, CatalogFreshness freshness, TaskExecutor executor,
            ScreenNavigator navigator, Messages messages, Clock clock) {
        return new AttractViewModel(items, freshness, executor, navigator, messages, clock);
    }
}
