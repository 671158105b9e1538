package org.lingong.platform.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.server.PlatformServerApplication;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without the demo profile the platform never becomes the demo: it asks for its secrets, or starts empty. */
@ExtendWith(OutputCaptureExtension.class)
class NoProfileStartTest {

    private static final String HASH_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String DATA_KEY = "HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";

    @Test
    void withoutAPasswordItRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> start("--platform.crypto.id-hash-key=" + HASH_KEY, "--platform.crypto.data-key=" + DATA_KEY)
                .close()).rootCause().hasMessageContaining("operator.password")
                .hasMessageContaining("LINGONG_OPERATOR_PASSWORD").hasMessageContaining("--spring.profiles.active=demo");
    }

    @Test
    void aShortPasswordIsRefusedWithoutBeingPrinted(CapturedOutput output) {
        assertThatThrownBy(() -> start("--platform.operator.password=short-pw-9", "--platform.crypto.id-hash-key=" + HASH_KEY,
                "--platform.crypto.data-key=" + DATA_KEY).close())
                .rootCause().hasMessageContaining("at least 12 characters").hasMessageNotContaining("short-pw-9");
        assertThat(output.getAll()).doesNotContain("short-pw-9");
    }

    @Test
    void withoutKeysItRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> start("--platform.operator.password=a-real-password-123",
                "--platform.crypto.key-file=target/no-such-dir/keys.properties").close())
                .rootCause().hasMessageContaining("LINGONG_ID_HASH_KEY").hasMessageContaining("LINGONG_DATA_KEY");
    }

    @Test
    void theDemoSwitchAloneDoesNotMakeADemo() {
        assertThatThrownBy(() -> start("--platform.operator.password=a-real-password-123",
                "--platform.crypto.id-hash-key=" + HASH_KEY, "--platform.crypto.data-key=" + DATA_KEY,
                "--platform.demo.enabled=true").close())
                .rootCause().hasMessageContaining("demo profile");
    }

    @Test
    void withItsSecretsItStartsEmptyWithoutTheDemoCodeOrPassword() {
        try (ConfigurableApplicationContext platform = start("--platform.operator.password=a-real-password-123",
                "--platform.crypto.id-hash-key=" + HASH_KEY, "--platform.crypto.data-key=" + DATA_KEY)) {
            int port = platform.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            JdbcClient jdbc = platform.getBean(JdbcClient.class);
            PlatformClient demoOperator = new PlatformClient(port, "operator", "lingong-demo");

            HttpResult demoEnrollment = demoOperator.send("POST", "/api/v1/enrollments", PlatformClient.json(
                    new EnrollmentRequest("ST-150102-001", "DEMO-2026",
                            Ed25519Keys.encodePublicKey(Ed25519Keys.generate().getPublic()), "t")), Map.of());

            assertThat(jdbc.sql("SELECT COUNT(*) FROM station").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM enrollment_code").query(Long.class).single()).isZero();
            assertThat(demoEnrollment.status()).isIn(403, 404);
            assertThat(demoOperator.operator("GET", "/api/v1/operator/terminals", null).status()).isEqualTo(401);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--server.port=0");
        all.add("--spring.main.banner-mode=off");
        all.add("--spring.datasource.url=jdbc:h2:mem:noprofile-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        all.add("--logging.level.root=WARN");
        return new SpringApplicationBuilder(PlatformServerApplication.class).run(all.toArray(String[]::new));
    }
}
