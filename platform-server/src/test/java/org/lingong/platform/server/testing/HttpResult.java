package org.lingong.platform.server.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A response as the tests see it: status, content type and the body as text and JSON. */
public record HttpResult(int status, String contentType, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode json() {
        return JSON.readTree(body);
    }

    /** The {@code reason} of a problem+json answer. */
    public String reason() {
        return json().path("reason").asString();
    }

    public boolean isProblem() {
        return contentType != null && contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + body;
    }
}
