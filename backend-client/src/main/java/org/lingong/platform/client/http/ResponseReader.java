package org.lingong.platform.client.http;

import java.io.IOException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.lingong.platform.api.problem.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Turns an HTTP answer into an {@link ApiResult}: 2xx success, 4xx rejected with the problem, 5xx/408/429 unavailable. */
final class ResponseReader {

    private final JsonMapper json;

    ResponseReader(JsonMapper json) {
        this.json = json;
    }

    <T> ApiResult<T> read(Response response, Class<T> type) throws IOException {
        int status = response.code();
        byte[] body = bytesOf(response.body());
        if (status >= 200 && status < 300) {
            return success(body, type);
        }
        if (status >= 500 || status == 408 || status == 429) {
            return new ApiResult.Unavailable<>(ApiResult.Cause.SERVER_ERROR, status, "HTTP " + status);
        }
        return new ApiResult.Rejected<>(problemOf(status, body));
    }

    private <T> ApiResult<T> success(byte[] body, Class<T> type) {
        if (type == Void.class || body.length == 0) {
            return new ApiResult.Success<>(null);
        }
        try {
            return new ApiResult.Success<>(json.readValue(body, type));
        } catch (JacksonException e) {
            return new ApiResult.Unavailable<>(ApiResult.Cause.BAD_RESPONSE, 0,
                    "unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    private Problem problemOf(int status, byte[] body) {
        try {
            Problem problem = json.readValue(body, Problem.class);
            if (problem != null && problem.reason() != null) {
                return problem;
            }
        } catch (JacksonException e) {
            // not a problem document: describe the status instead
        }
        return Problem.of(status, "http-" + status, "HTTP " + status, "the platform answered " + status + " without a problem document");
    }

    private static byte[] bytesOf(ResponseBody body) throws IOException {
        return body == null ? new byte[0] : body.bytes();
    }
}
