package org.lingong.platform.server.json;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.module.SimpleModule;

/** Installs {@link PlainTextDeserializer} for every {@code String} the platform's JSON mapper reads. */
@Configuration(proxyBeanMethods = false)
class PlainTextConfig {

    @Bean
    JsonMapperBuilderCustomizer plainTextOnly() {
        return builder -> builder.addModule(new SimpleModule("plain-text").addDeserializer(String.class,
                new PlainTextDeserializer()));
    }
}
