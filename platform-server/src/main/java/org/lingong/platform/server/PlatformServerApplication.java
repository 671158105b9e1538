package org.lingong.platform.server;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point of the reference platform ({@code java -jar platform-server.jar}). Besides the bundled
 * {@code application.yml} it reads {@code platform.yml} (e.g. {@code ./config/platform.yml} in the repository),
 * so the platform and the kiosk ({@code config/kiosk.yml}) keep their settings apart in one {@code config/} folder.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PlatformServerApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PlatformServerApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", "application,platform"));
        app.run(args);
    }
}
