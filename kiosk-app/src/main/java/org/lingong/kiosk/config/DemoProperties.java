package org.lingong.kiosk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode ({@code kiosk.demo.*}): with {@code enabled}, a simulator panel opens beside the kiosk (place an ID
 * card, scan a code, change the printer's state, see each printed receipt). On in {@code config/kiosk.yml}; off
 * when the key is absent, so a production configuration never shows it by accident.
 */
@ConfigurationProperties("kiosk.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled) {
}
