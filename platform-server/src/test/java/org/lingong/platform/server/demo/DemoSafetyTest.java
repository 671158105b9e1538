package org.lingong.platform.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.server.PlatformServerApplication;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo as {@code scripts/run-demo.sh} starts it (demo profile, H2 file database, generated keys), over real
 * HTTP: loud about being a demo, its password never in the log, owner-only files, and a revoked terminal cannot
 * come back with the reusable code.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoSafetyTest {

    private static final String DEMO_PASSWORD = "lingong-demo";
    private static final String STATION = "ST-150102-001";
    private static final String CODE = "DEMO-2026";

    @TempDir
    static Path home;
    static Path data;
    static ConfigurableApplicationContext platform;
    static PlatformClient client;
    static int port;

    @BeforeAll
    static void startTheDemo() throws IOException {
        data = home.resolve("data");
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        platform = new SpringApplicationBuilder(PlatformServerApplication.class).profiles("demo").run(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("platform")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--platform.crypto.key-file=" + data.resolve("platform-keys.properties"),
                "--platform.operator.password=" + DEMO_PASSWORD,
                "--platform.demo.seed-jobs=50", "--logging.level.root=WARN", "--logging.level.org.lingong=INFO");
        port = platform.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        client = new PlatformClient(port, "operator", DEMO_PASSWORD);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void theDemoSaysSoInTheLogAndOnTheFleetAndSlipCheckPagesAndNeverLogsThePassword(CapturedOutput output) {
        ConsoleSession console = new ConsoleSession(port);
        console.logIn("operator", "not-the-password-1");
        console.logIn("operator", DEMO_PASSWORD);
        client.send("GET", "/api/v1/operator/terminals", null, Map.of("Authorization", "Basic b3BlcmF0b3I6bm90LWl0"));

        String page = console.get("/fleet").body();

        assertThat(page).contains("demo-banner", "演示模式");
        assertThat(new ConsoleSession(port).get("/v/LG1.not-a-slip").body())
                .as("the slip check page an employer's phone opens says so too").contains("demo-banner", "不是真实的招工推荐");
        assertThat(output.getAll()).contains("==== Lingong platform demo: DEMO PROFILE", "reusable enrollment code: " + CODE)
                .contains("Operator login failed").doesNotContain(DEMO_PASSWORD).doesNotContain("not-the-password-1")
                .doesNotContain("not-it");
    }

    @Test
    void dataDirectoryAndFilesAreOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(data)) {
            var all = files.toList();
            assertThat(all).extracting(p -> p.getFileName().toString())
                    .contains("platform.mv.db", "platform-keys.properties");
            for (Path file : all) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aRevokedTerminalCannotComeBackWithTheReusableCode() {
        KeyPair keys = Ed25519Keys.generate();
        HttpResult first = enroll(keys);
        TestTerminal other = client.enrollWith(STATION, CODE);
        String id = first.json().get("terminalId").asString();

        assertThat(client.operator("POST", "/api/v1/operator/terminals/" + id + "/revoke", null).status()).isEqualTo(204);

        HttpResult sameKey = enroll(keys);
        HttpResult newKey = enroll(Ed25519Keys.generate());
        assertThat(first.status()).isEqualTo(201);
        assertThat(sameKey.status()).isEqualTo(403);
        assertThat(sameKey.reason()).isEqualTo("revoked-key");
        assertThat(newKey.status()).isEqualTo(403);
        assertThat(newKey.reason()).isEqualTo("invalid-enrollment-code");
        assertThat(client.enroll(STATION).id()).as("a one-time code from the operator still works").isNotBlank();
        assertThat(other.id()).isNotEqualTo(id);
    }

    private static HttpResult enroll(KeyPair keys) {
        return client.send("POST", "/api/v1/enrollments", PlatformClient.json(new EnrollmentRequest(STATION, CODE,
                Ed25519Keys.encodePublicKey(keys.getPublic()), "demo-test")), Map.of());
    }
}
