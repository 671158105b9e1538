package org.lingong.kiosk.alert;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kiosk's staff alerts. */
@Configuration(proxyBeanMethods = false)
public class AlertConfiguration {

    @Bean
    StaffAlerts staffAlerts(Clock clock) {
        return new StaffAlerts(clock);
    }
}
