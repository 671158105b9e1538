package org.lingong.platform.server.crypto;

import org.lingong.platform.server.config.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfig {

    @Bean
    PersonalDataCipher personalDataCipher(PlatformProperties properties) {
        return new PersonalDataCipher(KeyMaterial.load(properties.crypto()));
    }
}
