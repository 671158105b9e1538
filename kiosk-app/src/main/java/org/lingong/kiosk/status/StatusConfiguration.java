package org.lingong.kiosk.status;

import org.lingong.kiosk.executor.TaskExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The status bar's view model and, until drivers and platform client are wired, its demo source. */
@Configuration(proxyBeanMethods = false)
public class StatusConfiguration {

    @Bean
    DeviceStatusSource deviceStatusSource() {
        return new DemoDeviceStatusSource();
    }

    @Bean(destroyMethod = "close")
    StatusBarViewModel statusBarViewModel(DeviceStatusSource source, TaskExecutor executor) {
        return new StatusBarViewModel(source, executor);
    }
}
