package org.lingong.platform.server.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The repository's OpenAPI 3.1 document, able to validate a real response body against the schema
 * documented for its operation, status and media type (JSON Schema 2020-12, as OpenAPI 3.1 uses).
 */
final class OpenApiContract {

    private static final String BASE = "https://lingong.org/openapi.yaml";

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    static OpenApiContract load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/static/openapi.yaml")) {
            return new OpenApiContract(YAMLMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read openapi.yaml", e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** True if the document lists {@code status} for the operation. */
    boolean documents(String method, String pathTemplate, int status) {
        return !operation(method, pathTemplate).path("responses").path(Integer.toString(status)).isMissingNode();
    }

    /**
     * Validates {@code body} against the documented schema; returns the errors (empty if it conforms).
     *
     * @throws AssertionError if the operation, status or media type is not documented
     */
    List<Error> validate(String method, String pathTemplate, int status, String contentType, JsonNode body) {
        String mediaType = contentType.split(";")[0].trim();
        String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status;
        JsonNode response = document.at(pointer);
        if (response.isMissingNode()) {
            throw new AssertionError(method + " " + pathTemplate + " does not document status " + status);
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asString().substring(1);
            response = document.at(pointer);
        }
        if (response.path("content").path(mediaType).isMissingNode()) {
            throw new AssertionError(method + " " + pathTemplate + " " + status + " does not document " + mediaType);
        }
        String schemaPointer = "#" + pointer + "/content/" + escape(mediaType) + "/schema";
        ObjectNode root = ((ObjectNode) document.deepCopy());
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", schemaPointer);
        Schema schema = registry.getSchema(SchemaLocation.of(BASE), root);
        return schema.validate(body);
    }

    private JsonNode operation(String method, String pathTemplate) {
        return document.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
