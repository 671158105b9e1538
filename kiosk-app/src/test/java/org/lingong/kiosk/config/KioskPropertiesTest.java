package org.lingong.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

class KioskPropertiesTest {

    private static Map<String, String> valid() {
        Map<String, String> map = new HashMap<>();
        map.put("kiosk.station.name", "测试驿站");
        map.put("kiosk.station.code", "ST-150102-001");
        return map;
    }

    private static KioskProperties bind(Map<String, String> map) {
        return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("kiosk", KioskProperties.class);
    }

    @Test
    void defaultsApplyWhenOnlyTheStationIsGiven() {
        KioskProperties properties = bind(valid());

        assertThat(properties.locale()).isEqualTo(KioskLanguage.ZH_CN);
        assertThat(properties.idle().timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(properties.idle().warning()).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.window()).isEqualTo(WindowMode.FULLSCREEN);
        assertThat(properties.exitAfterFirstFrame()).isFalse();
        assertThat(properties.station().zoneId()).isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void theStationsZoneIsItsOwnSettingNotTheMachines() {
        Map<String, String> map = valid();
        map.put("kiosk.station.zone", "Asia/Urumqi");

        assertThat(bind(map).station().zoneId()).isEqualTo(java.time.ZoneId.of("Asia/Urumqi"));
    }

    @Test
    void relaxedSpellingsOfLocaleAndWindowAreAccepted() {
        Map<String, String> map = valid();
        map.put("kiosk.locale", "en");
        map.put("kiosk.window", "windowed");

        KioskProperties properties = bind(map);

        assertThat(properties.locale()).isEqualTo(KioskLanguage.EN);
        assertThat(properties.window()).isEqualTo(WindowMode.WINDOWED);
    }

    @Test
    void thePortraitPreviewWindowIsSpelledAsInTheConfigurationFile() {
        Map<String, String> map = valid();
        map.put("kiosk.window", "windowed-portrait");

        assertThat(bind(map).window()).isEqualTo(WindowMode.WINDOWED_PORTRAIT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kiosk.station.code  | 150102          | kiosk.station.code must look like ST-150102-001
            kiosk.station.name  | '  '            | kiosk.station.name must not be blank
            kiosk.station.zone  | Beijing         | kiosk.station.zone must be a time zone such as Asia/Shanghai, got 'Beijing'
            kiosk.idle.timeout  | 0s              | kiosk.idle.timeout must be between 1s and 1800s, got 0s
            kiosk.idle.timeout  | 2h              | kiosk.idle.timeout must be between 1s and 1800s, got 2h
            kiosk.idle.warning  | 10m             | kiosk.idle.warning must be between 1s and 300s, got 10m
            """)
    void aBadValueFailsWithAMessageNamingItsKey(String key, String value, String message) {
        Map<String, String> map = valid();
        map.put(key, value);

        assertThatThrownBy(() -> bind(map)).rootCause().hasMessageStartingWith(message);
    }

    @Test
    void aMissingStationFailsWithAMessageNamingTheKeysToSet() {
        assertThatThrownBy(() -> bind(Map.of("kiosk.locale", "zh-CN"))).rootCause()
                .hasMessageContaining("kiosk.station.name and kiosk.station.code");
    }

    @Test
    void anUnknownWindowModeIsRejected() {
        Map<String, String> map = valid();
        map.put("kiosk.window", "maximised");

        assertThatThrownBy(() -> bind(map)).hasMessageContaining("kiosk.window");
    }

    @Test
    void theRepositoryDemoConfigurationIsValid() throws Exception {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                .load("kiosk.yml", new FileSystemResource(Path.of("..", "config", "kiosk.yml")));

        KioskProperties properties = new Binder(ConfigurationPropertySources.from(yaml))
                .bindOrCreate("kiosk", KioskProperties.class);

        assertThat(properties.station().name()).isEqualTo("新城区海拉尔东路街道零工驿站");
        assertThat(properties.station().code()).isEqualTo("ST-150102-001");
        assertThat(properties.window()).isEqualTo(WindowMode.FULLSCREEN);
        assertThat(properties.station().zone()).isEqualTo("Asia/Shanghai");
    }
}
