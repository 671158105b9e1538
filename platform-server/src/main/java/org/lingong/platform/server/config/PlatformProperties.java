package org.lingong.platform.server.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Typed {@code platform.*} configuration, validated at start: a wrong value stops the server with
 * the key and the reason.
 */
@Validated
@ConfigurationProperties("platform")
public record PlatformProperties(@Valid @NotNull Signing signing, @Valid @NotNull Crypto crypto,
                                 @Valid @NotNull Operator operator, @Valid @NotNull Limits limits,
                                 @Valid @NotNull Demo demo) {

    /**
     * @param clockSkew      largest accepted difference between a request's timestamp and server time
     * @param terminalCacheTtl how long a terminal's key and state are cached per instance (revocation on
     *                       another instance takes effect within this time)
     */
    public record Signing(@NotNull Duration clockSkew, @NotNull Duration terminalCacheTtl,
                          @NotNull Duration noncePurgeInterval) {
    }

    /**
     * Keys for personal data. Either both keys are given (base64 of 32 bytes) or they are read from
     * {@code keyFile}, which is created with fresh random keys if {@code generateIfMissing}.
     */
    public record Crypto(String idHashKey, String dataKey, @NotNull Path keyFile, boolean generateIfMissing) {
    }

    /**
     * The first operator's account (console login form, HTTP Basic on the API); {@code region} is the GB/T 2260
     * code they serve (default {@code 15}, all of Inner Mongolia). Other accounts live in the database. Outside the demo profile the password
     * has no default: it comes from {@code LINGONG_OPERATOR_PASSWORD}. Its length is checked when the operator is set
     * up ({@code SecurityConfig}), not by validation here, whose failure report would print the value.
     */
    public record Operator(@NotBlank String username,
                           @NotBlank(message = MISSING_PASSWORD) String password,
                           @DefaultValue("15") String region) {

        public static final int MIN_PASSWORD_LENGTH = 12;

        static final String MISSING_PASSWORD = "is not set: set LINGONG_OPERATOR_PASSWORD (at least 12 characters), "
                + "or start the demo with --spring.profiles.active=demo";

        @Override
        public String toString() {
            return "Operator[username=" + username + ", password=***, region=" + region + "]";
        }
    }

    /**
     * @param maxBodyBytes  larger request bodies are refused with 413
     * @param maxPageSize   largest {@code limit} of a job sync page
     */
    public record Limits(@Min(1024) @Max(16_777_216) int maxBodyBytes, @Min(1) @Max(5000) int maxPageSize) {
    }

    /**
     * @param seedJobs       jobs to generate for the demo
     * @param enrollmentCode reusable enrollment code of the demo station, so a demo kiosk can enroll at every start
     */
    public record Demo(boolean enabled, @NotBlank String stationCode, @NotBlank String enrollmentCode,
                       @Min(0) @Max(200_000) int seedJobs, long seed) {
    }
}
