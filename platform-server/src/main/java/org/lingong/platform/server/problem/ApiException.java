package org.lingong.platform.server.problem;

import org.lingong.platform.api.problem.Problem;

/** A refusal that becomes an RFC 9457 answer. The detail never contains personal data. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String reason;
    private final String title;

    public ApiException(int status, String reason, String title, String detail) {
        super(detail);
        this.status = status;
        this.reason = reason;
        this.title = title;
    }

    public static ApiException badRequest(String reason, String detail) {
        return new ApiException(400, reason, "Invalid request", detail);
    }

    public static ApiException notFound(String reason, String detail) {
        return new ApiException(404, reason, "Not found", detail);
    }

    public static ApiException conflict(String reason, String detail) {
        return new ApiException(409, reason, "Conflict", detail);
    }

    public Problem toProblem() {
        return Problem.of(status, reason, title, getMessage());
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }
}
