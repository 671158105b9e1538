package org.lingong.kiosk.worker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session's identified worker. */
@Configuration(proxyBeanMethods = false)
public class WorkerConfiguration {

    @Bean
    WorkerSession workerSession() {
        return new WorkerSession();
    }
}
