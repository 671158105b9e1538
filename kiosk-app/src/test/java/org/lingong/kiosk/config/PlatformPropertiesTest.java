package org.lingong.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

class PlatformPropertiesTest {

    private static PlatformProperties bind(Map<String, String> map) {
        return new Binder(new MapConfigurationPropertySource(map))
                .bindOrCreate("kiosk.platform", PlatformProperties.class);
    }

    @Test
    void defaultsPointAtTheLocalPlatformWithoutAnEnrollmentCode() {
        PlatformProperties properties = bind(Map.of());

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.url()).isEqualTo("http://127.0.0.1:8080/");
        assertThat(properties.enrollmentCodeIfAny()).isEmpty();
        assertThat(properties.dataDirectory()).isEqualTo(Path.of("data", "kiosk"));
        assertThat(properties.heartbeatInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.catalogRefreshInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theRepositoryConfigurationEnrollsTheDemoStationWithTheDemoCode() throws Exception {
        var sources = new YamlPropertySourceLoader().load("kiosk", new FileSystemResource("../config/kiosk.yml"));
        Binder binder = new Binder(ConfigurationPropertySources.from(sources.get(0)));

        PlatformProperties properties = binder.bindOrCreate("kiosk.platform", PlatformProperties.class);

        assertThat(properties.url()).isEqualTo("http://127.0.0.1:8080/");
        assertThat(properties.enrollmentCodeIfAny()).contains("DEMO-2026");
        assertThat(properties.dataDirectory()).isEqualTo(Path.of("data", "kiosk"));
        assertThat(binder.bind("kiosk.station.code", String.class).get()).isEqualTo("ST-150102-001");
    }

    @Test
    void aUrlWithoutTrailingSlashGetsOneAndABlankCodeMeansNone() {
        Map<String, String> map = new HashMap<>();
        map.put("kiosk.platform.url", "https://jiuye.example.gov.cn/lingong");
        map.put("kiosk.platform.enrollment-code", "  ");

        PlatformProperties properties = bind(map);

        assertThat(properties.url()).isEqualTo("https://jiuye.example.gov.cn/lingong/");
        assertThat(properties.enrollmentCodeIfAny()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8080/", "http://localhost:8080/", "http://[::1]:8080/", "https://10.20.30.40/"})
    void httpsAnywhereAndPlainHttpToThisMachineAreAccepted(String url) {
        assertThat(bind(Map.of("kiosk.platform.url", url)).url()).isEqualTo(url);
    }

    @Test
    void theEnrollmentCodeNeverAppearsInToString() {
        PlatformProperties properties = bind(Map.of("kiosk.platform.enrollment-code", "ABCD-EFGH"));

        assertThat(properties.enrollmentCodeIfAny()).contains("ABCD-EFGH");
        assertThat(properties.toString()).doesNotContain("ABCD-EFGH");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kiosk.platform.url|ftp://platform.local/|kiosk.platform.url must be an http(s) URL",
            "kiosk.platform.url|not a url|kiosk.platform.url must be an http(s) URL",
            "kiosk.platform.url|http://10.20.30.40:8080/|kiosk.platform.url plain http sends personal data unencrypted",
            "kiosk.platform.url|http://jiuye.example.gov.cn/|kiosk.platform.url plain http sends personal data unencrypted",
            "kiosk.platform.trusted-ca-file|/no/such/ca.pem|kiosk.platform.trusted-ca-file: cannot read CA file /no/such/ca.pem",
            "kiosk.platform.trusted-ca-file|../config/kiosk.yml|kiosk.platform.trusted-ca-file: CA file ../config/kiosk.yml",
            "kiosk.platform.data-dir|' '|kiosk.platform.data-dir must not be blank",
            "kiosk.platform.heartbeat-interval|0s|kiosk.platform.heartbeat-interval must be between 1s and 3600s",
            "kiosk.platform.heartbeat-interval|2h|kiosk.platform.heartbeat-interval must be between 1s and 3600s",
            "kiosk.platform.catalog-refresh-interval|2d|catalog-refresh-interval must be between 1s and 86400s"})
    void aBadValueNamesItsKey(String key, String value, String message) {
        assertThatThrownBy(() -> bind(Map.of(key, value)))
                .rootCause().hasMessageContaining(message);
    }
}
