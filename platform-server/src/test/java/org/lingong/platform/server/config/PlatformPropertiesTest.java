package org.lingong.platform.server.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lingong.platform.server.PlatformServerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** Wrong configuration stops the server with the key and the reason. */
class PlatformPropertiesTest {

    @Test
    void missingOperatorPasswordNamesTheKey() {
        assertThatThrownBy(() -> start("--platform.operator.password="))
                .rootCause().hasMessageContaining("operator.password");
    }

    @Test
    void tooSmallBodyLimitNamesTheKey() {
        assertThatThrownBy(() -> start("--platform.limits.max-body-bytes=10"))
                .rootCause().hasMessageContaining("limits.maxBodyBytes");
    }

    @Test
    void malformedKeyNamesTheKeyWithoutShowingIt() {
        assertThatThrownBy(() -> start("--platform.crypto.data-key=c2hvcnQ="))
                .rootCause().hasMessageContaining("platform.crypto.data-key").hasMessageContaining("32 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
    }

    private static void start(String... args) {
        SpringApplication application = new SpringApplication(PlatformServerApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("test");
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.main.banner-mode=off";
        application.run(all).close();
    }
}
