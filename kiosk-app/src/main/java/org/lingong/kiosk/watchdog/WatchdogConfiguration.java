package org.lingong.kiosk.watchdog;

import javafx.application.Platform;

import org.lingong.kiosk.shell.ShellExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the {@link FxWatchdog} with the kiosk's window when systemd asked for one (lingong-kiosk.service sets
 * {@code WatchdogSec}); otherwise (development, tests) nothing runs. Decided at run time from the environment, so the
 * bean definitions stay the same for Spring AOT.
 */
@Configuration(proxyBeanMethods = false)
public class WatchdogConfiguration {

    @Bean(destroyMethod = "close")
    WatchdogStarter watchdogStarter() {
        return new WatchdogStarter(SystemdNotify.requestedInterval(System.getenv())
                .map(interval -> new FxWatchdog(interval, Platform::runLater, new SystemdNotify("systemd-notify", null))));
    }

    @Bean
    ShellExtension watchdogWithTheWindow(WatchdogStarter starter) {
        return ShellExtension.of(Integer.MIN_VALUE, (shell, scene) -> starter.start());
    }
}
