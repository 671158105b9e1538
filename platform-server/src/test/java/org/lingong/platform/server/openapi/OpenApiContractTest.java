package org.lingong.platform.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract check itself must be able to fail. */
class OpenApiContractTest {

    private final OpenApiContract contract = OpenApiContract.load();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void conformingBodyPasses() {
        JsonNode page = json.readTree("{\"jobs\":[],\"tombstones\":[{\"id\":3,\"deletedAt\":\"2026-11-27T08:00:00Z\"}],"
                + "\"nextCursor\":\"17\",\"hasMore\":false}");

        assertThat(contract.validate("GET", "/api/v1/jobs", 200, "application/json", page)).isEmpty();
    }

    @Test
    void missingExtraOrMistypedFieldsAreReported() {
        JsonNode missing = json.readTree("{\"jobs\":[],\"tombstones\":[],\"hasMore\":false}");
        JsonNode extra = json.readTree("{\"jobs\":[],\"tombstones\":[],\"nextCursor\":\"1\",\"hasMore\":false,\"x\":1}");
        JsonNode badEnum = json.readTree("{\"type\":\"https://lingong.org/problems/x\",\"title\":\"t\",\"status\":200,"
                + "\"detail\":\"d\",\"reason\":\"x\"}");

        assertThat(contract.validate("GET", "/api/v1/jobs", 200, "application/json", missing)).isNotEmpty();
        assertThat(contract.validate("GET", "/api/v1/jobs", 200, "application/json", extra)).isNotEmpty();
        assertThat(contract.validate("GET", "/api/v1/jobs", 400, "application/problem+json", badEnum)).isNotEmpty();
    }

    @Test
    void undocumentedStatusOrMediaTypeIsAnError() {
        JsonNode any = json.readTree("{}");

        assertThat(contract.documents("GET", "/api/v1/jobs", 418)).isFalse();
        assertThatThrownBy(() -> contract.validate("GET", "/api/v1/jobs", 418, "application/json", any))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> contract.validate("GET", "/api/v1/jobs", 200, "text/plain", any))
                .isInstanceOf(AssertionError.class);
    }
}
