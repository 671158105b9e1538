package org.lingong.platform.client.http;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping the platform speaks, matched to its Spring Boot / Jackson 3 defaults: dates and
 * instants as ISO-8601 strings ({@code 2026-11-27T08:00:00Z}, {@code 2026-12-01}), {@code BigDecimal}
 * as JSON numbers, enums by constant name, records by component name. Reading is lenient where the
 * platform may evolve: unknown properties are ignored, and a null for a primitive reads as its default
 * (the platform sends {@code null} for fields that do not apply, e.g. a verdict on an unknown token).
 */
public final class PlatformJson {

    private PlatformJson() {
    }

    /** A new mapper; thread-safe once built, share it. */
    public static JsonMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
