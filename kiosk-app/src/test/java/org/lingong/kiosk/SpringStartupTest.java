package org.lingong.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.attract.AttractViewModel;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.session.IdleSession;
import org.springframework.context.ConfigurableApplicationContext;

/** The real Spring context, started the way the kiosk starts it (no JavaFX toolkit needed). */
class SpringStartupTest {

    @Test
    void contextStartsFromCommandLineConfigurationWithAllScreenBeans() throws Exception {
        SpringStartup startup = SpringStartup.start(List.of(
                "--kiosk.station.name=测试驿站", "--kiosk.station.code=ST-150102-009", "--kiosk.idle.timeout=45s"));
        SpringStartup.takeStarted();

        try (ConfigurableApplicationContext context = startup.context().get(60, TimeUnit.SECONDS)) {
            KioskProperties properties = context.getBean(KioskProperties.class);
            assertThat(properties.station().code()).isEqualTo("ST-150102-009");
            assertThat(properties.idle().timeout().toSeconds()).isEqualTo(45);
            assertThat(context.getBean(AttractViewModel.class)).isNotNull();
            assertThat(context.getBean(IdleSession.class).isSessionActive()).isFalse();
        }
    }

    @Test
    void aBadValueFailsTheStartWithTheKeyInTheCause() {
        SpringStartup startup = SpringStartup.start(List.of(
                "--kiosk.station.name=测试驿站", "--kiosk.station.code=ST-1501-1"));
        SpringStartup.takeStarted();

        assertThatThrownBy(() -> startup.context().get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("kiosk.station.code must look like ST-150102-001");
    }

    @Test
    void configurationIsReadFromKioskYmlNotApplicationYml() throws Exception {
        // the repository's config/ holds kiosk.yml; spring.config.name=kiosk makes Spring look for that name
        SpringStartup startup = SpringStartup.start(List.of("--spring.config.additional-location=optional:file:../config/"));
        SpringStartup.takeStarted();

        try (ConfigurableApplicationContext context = startup.context().get(60, TimeUnit.SECONDS)) {
            assertThat(context.getBean(KioskProperties.class).station().name()).isEqualTo("新城区海拉尔东路街道零工驿站");
        }
    }
}
