package org.lingong.kiosk;

import org.lingong.kiosk.attract.AttractConfiguration;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.shell.ShellConfiguration;
import org.lingong.kiosk.status.StatusConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The kiosk's Spring context: feature configurations imported explicitly, no component scan and no
 * auto-configuration (nothing here needs them, and both cost start-up time on a 2-core kiosk).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(KioskProperties.class)
@Import({ShellConfiguration.class, AttractConfiguration.class, StatusConfiguration.class})
public class KioskSpringConfiguration {
}
