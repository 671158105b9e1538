package org.lingong.kiosk.status;

import org.lingong.kiosk.executor.TaskExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The status bar's view model; its {@link DeviceStatusSource} comes from the devices configuration. */
@Configuration(proxyBeanMethods = false)
public class StatusConfiguration {

    @Bean(destroyMethod = "close")
    StatusBarViewModel statusBarViewModel(DeviceStatusSource source, TaskExecutor executor) {
        return new StatusBarViewModel(source, executor);
    }
}
